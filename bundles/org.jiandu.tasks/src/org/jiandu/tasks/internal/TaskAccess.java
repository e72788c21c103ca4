package org.jiandu.tasks.internal;

import java.time.LocalDate;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.TaskRights;

/** The checks every step of the module makes before it reads or writes: role, scope, the county and the day. */
final class TaskAccess {

    private final OrgService orgs;

    TaskAccess(OrgService orgs) {
        this.orgs = orgs;
    }

    static void require(boolean allowed, String message, Subject s) {
        if (!allowed) {
            throw new AccessDeniedException(TasksMessages.bind(message, s.displayName()));
        }
    }

    static void reader(Subject s) {
        require(TaskRights.reads(s.role()), TasksMessages.may_not_read, s);
    }

    static void reporter(Subject s) {
        require(TaskRights.reports(s.role()), TasksMessages.may_not_report, s);
    }

    /**
     * The county's node, which the subject's scope must reach (a township user passing its own county reads its
     * township's rows only; the county itself is then above its scope, which is fine for reads).
     */
    OrgNodeView county(Subject s, String countyCode) {
        OrgNodeView c = countyCode == null ? null : orgs.find(Subject.system("/"), countyCode).orElse(null);
        if (c == null || c.level() != OrgLevel.COUNTY || !(s.covers(c.path()) || s.scopePath().startsWith(c.path()))) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_county, countyCode));
        }
        return c;
    }

    /**
     * The issuer: the county commission (or the administrator) whose scope is the county or the city, so a township or
     * a unit never issues, verifies or scores for itself.
     */
    OrgNodeView issuer(Subject s, String countyCode) {
        require(TaskRights.issues(s.role()), TasksMessages.may_not_issue, s);
        OrgNodeView c = county(s, countyCode);
        require(s.covers(c.path()), TasksMessages.may_not_issue, s);
        return c;
    }

    /** A step's day: given, not in the future, not before {@code after}. Null when it is fine. */
    static String dayProblem(LocalDate on, LocalDate after) {
        if (on == null) {
            return TasksMessages.no_date;
        }
        if (on.isAfter(LocalDate.now())) {
            return TasksMessages.bind(TasksMessages.date_future, on);
        }
        if (after != null && on.isBefore(after)) {
            return TasksMessages.bind(TasksMessages.date_before, on, after);
        }
        return null;
    }

    /**
     * The day of a step a body takes itself (a report, a rectification, a duty record): lateness and warnings follow
     * from it, so a body enters its steps on the day it takes them; only the county level may enter an earlier day
     * (a report handed in on paper). Null when it is fine.
     */
    static String ownDayProblem(Subject s, LocalDate on) {
        if (on != null && !TaskRights.issues(s.role()) && !on.equals(LocalDate.now())) {
            return TasksMessages.bind(TasksMessages.date_not_today, on);
        }
        return null;
    }

    static void refuse(String message) {
        throw new IllegalArgumentException(message);
    }
}
