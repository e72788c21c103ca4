package org.jiandu.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Reminders, warnings and escalation as a pure function of a task's facts and a day: the same facts and day always
 * give the same standing, and facts dated after the day are not yet known.
 */
public final class Standings {

    private Standings() {
    }

    /** Where the task stands on {@code day}. */
    public static TaskStanding of(TaskFacts facts, WarningPolicy policy, LocalDate day) {
        LocalDate deadline = facts.deadline();
        int returns = 0;
        TaskReport last = null;
        for (TaskReport r : facts.reports()) {
            if (r.reportedOn().isAfter(day)) {
                break;
            }
            last = r.asOf(day);
            if (last.outcome() == Outcome.RETURNED) {
                returns++;
                deadline = last.reportBy();
            }
        }
        if (last != null && last.outcome() != Outcome.RETURNED) {
            int late = Math.max(0, (int) ChronoUnit.DAYS.between(deadline, last.reportedOn()));
            TaskStatus status = last.outcome() == null ? TaskStatus.AWAITING_VERIFICATION
                    : last.outcome() == Outcome.FAILED ? TaskStatus.FAILED
                    : late == 0 ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
            return new TaskStanding(status, Warning.NONE, deadline, late, returns);
        }
        long overdue = ChronoUnit.DAYS.between(deadline, day);
        if (overdue > 0) {
            Warning w = overdue > policy.redAfterDays() ? Warning.RED : Warning.YELLOW;
            return new TaskStanding(TaskStatus.OVERDUE, w, deadline, (int) overdue, returns);
        }
        TaskStatus status = -overdue <= policy.dueSoonDays() ? TaskStatus.DUE_SOON : TaskStatus.OPEN;
        return new TaskStanding(status, Warning.NONE, deadline, 0, returns);
    }
}
