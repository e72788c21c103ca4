package org.jiandu.tasks;

import org.jiandu.core.security.Role;

/**
 * What each role may do with task lists, decided here once so that the services, the command line and the screens ask
 * the same question. Every right is still limited to the user's scope: a township commission reaches its own body's
 * tasks only.
 */
public final class TaskRights {

    private TaskRights() {
    }

    /** Issues lists, verifies reports, publishes schemes, bonuses and rankings: the county commission. */
    public static boolean issues(Role role) {
        return role.actsForCounty();
    }

    /** Reports on its body's tasks: whoever may edit the records of its scope, except trainers. */
    public static boolean reports(Role role) {
        return role.canEdit() && role != Role.TRAINER;
    }

    /** Reads tasks, reports, scores and rankings of its scope: everyone but trainers. */
    public static boolean reads(Role role) {
        return role != Role.TRAINER;
    }
}
