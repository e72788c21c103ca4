package org.jiandu.patrol;

import org.jiandu.core.security.Role;

/**
 * What each role may do in the patrol module, decided here once so that the services, the command line and the UI
 * ask the same question. Plans name the teams' members, their past posts and their relatives' workplaces (for
 * recusal), and say when a township will be inspected: only those who plan and carry out patrols read them. Every
 * right is still limited to the user's jurisdiction scope.
 */
public final class PatrolRights {

    private PatrolRights() {
    }

    /** Reads, checks and exports plans, teams, members and relatives; plans and completes rounds. */
    public static boolean plans(Role role) {
        return role.actsForCounty();
    }

    /**
     * Reads the schedule of its own jurisdiction (when which of its targets is inspected, by which team): the planners,
     * and a township commission for its township, which must prepare for the inspection. No team members.
     */
    public static boolean readsSchedule(Role role) {
        return plans(role) || role == Role.TOWNSHIP_COMMISSION;
    }

    /**
     * Reads and exports the rectification ledger: the patrol's own people, the township that rectifies, investigators
     * (findings become leads) and read-only users; not trainers.
     */
    public static boolean readsLedger(Role role) {
        return role != Role.TRAINER;
    }

    /** Records and corrects findings: the patrol's work, not the inspected township's. */
    public static boolean recordsFindings(Role role) {
        return role.actsForCounty();
    }

    /** Hands in rectification evidence: the county, and the township that does the rectification. */
    public static boolean givesEvidence(Role role) {
        return role.actsForCounty() || role == Role.TOWNSHIP_COMMISSION;
    }

    /**
     * Reviews and closes (销号) items, in their own name; the service also requires a scope of the county or the city,
     * so a rectified organisation's own users never close their items.
     */
    public static boolean reviews(Role role) {
        return role.actsForCounty();
    }
}
