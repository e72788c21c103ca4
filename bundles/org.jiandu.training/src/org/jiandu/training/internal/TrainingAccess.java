package org.jiandu.training.internal;

import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.training.TrainingRoles;

/** Who may change what in the training records; every check throws {@link AccessDeniedException} when refused. */
final class TrainingAccess {

    private TrainingAccess() {
    }

    static void checkEditor(Subject s) {
        if (!TrainingRoles.mayRecord(s.role())) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_edit, s.username()));
        }
    }

    static void checkRuleEditor(Subject s) {
        if (!TrainingRoles.maySetCountyRules(s.role())) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_change_rules, s.username()));
        }
    }

    /**
     * Plans sessions, rotations, postings and re-elections: editors of the commissions, not trainers (a trainer only
     * records the sessions they run).
     */
    static void checkPlanner(Subject s) {
        checkEditor(s);
        if (!TrainingRoles.mayPlan(s.role())) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_plan, s.username()));
        }
    }

    /**
     * A trainer works on the sessions whose trainer account they are (inside their scope, checked when the trainer was
     * named); everyone else on the sessions of their scope.
     */
    static boolean sees(Subject s, TrainingSession session) {
        return s.role() == Role.TRAINER ? s.username().equals(session.trainer) : s.covers(session.orgPath);
    }

    static void checkRecorder(Subject s, TrainingSession session) {
        checkEditor(s);
        if (!sees(s, session)) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.not_your_session, session.code, s.username()));
        }
    }

    /** The owner of a new-regulation requirement the subject sets: their county, or null (the city's); else refused. */
    static String regulationOwner(Subject subject) {
        if (!TrainingRoles.maySetCountyRules(subject.role())) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_set_regulation, subject.username()));
        }
        return ownerFor(subject);
    }

    /**
     * What the subject owns when they set a rule or a new-regulation requirement: their county (path), or null for the
     * city when their scope is the city. A scope below a county owns none.
     */
    static String ownerFor(Subject subject) {
        String path = subject.scopePath();
        if (OrgPaths.countyPath(path).equals(path)) {
            return path.indexOf('/', 1) == path.length() - 1 ? null : path; // "/city/" is the city's
        }
        throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_change_rules, subject.username()));
    }
}
