package org.jiandu.training;

import org.jiandu.core.security.Role;

/**
 * What each role may do in the training records, asked by the service when it checks and by the screens when they
 * enable their actions, so a button is enabled exactly when the service would accept it (scope aside).
 */
public final class TrainingRoles {

    private TrainingRoles() {
    }

    /** Records attendance, imports workbooks and issues certificates (a trainer only for the sessions they run). */
    public static boolean mayRecord(Role role) {
        return role.canEdit();
    }

    /** Plans sessions, rotations, postings, assignments and frozen reports: the commissions, not trainers. */
    public static boolean mayPlan(Role role) {
        return role.canEdit() && role != Role.TRAINER;
    }

    /** Sets county rules and new-regulation requirements: the county commission and the administrator. */
    public static boolean maySetCountyRules(Role role) {
        return role.actsForCounty();
    }
}
