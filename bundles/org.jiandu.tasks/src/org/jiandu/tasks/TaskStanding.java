package org.jiandu.tasks;

import java.time.LocalDate;

/**
 * A body's task on one day, derived by {@link Standings#of}.
 *
 * @param status   where it stands
 * @param warning  the warning it raises (only an overdue task raises one)
 * @param deadline the date in force: the task's deadline, or the report-again date of its last return
 * @param daysLate days past that date: of the report for a reported task, of the day for an overdue one; else 0
 * @param returns  how many of its reports were returned for more
 */
public record TaskStanding(TaskStatus status, Warning warning, LocalDate deadline, int daysLate, int returns) {
}
