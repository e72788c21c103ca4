package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report (线上报告) of a body on a task, and the issuer's verification of it when there is one. Reports are never
 * edited: a returned report is followed by a new one.
 *
 * @param reportedOn the day the body reported
 * @param outcome    the verification's outcome; null while the issuer has not verified it
 * @param verifiedOn the day of the verification; null with {@code outcome}
 * @param reportBy   for {@link Outcome#RETURNED}: the day the body must report again by; null otherwise
 */
public record TaskReport(LocalDate reportedOn, Outcome outcome, LocalDate verifiedOn, LocalDate reportBy) {

    public TaskReport {
        Objects.requireNonNull(reportedOn, "reportedOn");
        if ((outcome == null) != (verifiedOn == null)) {
            throw new IllegalArgumentException("a verification has both an outcome and a day");
        }
        if (verifiedOn != null && verifiedOn.isBefore(reportedOn)) {
            throw new IllegalArgumentException("verified on " + verifiedOn + ", before the report of " + reportedOn);
        }
        if ((outcome == Outcome.RETURNED) != (reportBy != null)) {
            throw new IllegalArgumentException("a returned report, and only one, names the day to report again by");
        }
        if (reportBy != null && reportBy.isBefore(verifiedOn)) {
            throw new IllegalArgumentException("report again by " + reportBy + ", before the return of " + verifiedOn);
        }
    }

    /** A report the issuer has not verified yet. */
    public static TaskReport reported(LocalDate on) {
        return new TaskReport(on, null, null, null);
    }

    /** This report as it stood on {@code day}: a verification made later had not happened yet. */
    TaskReport asOf(LocalDate day) {
        return verifiedOn != null && verifiedOn.isAfter(day) ? reported(reportedOn) : this;
    }
}
