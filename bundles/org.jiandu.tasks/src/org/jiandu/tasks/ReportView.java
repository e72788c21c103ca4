package org.jiandu.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report and its verification (outcome, day, note, report-again day, verifier: null until verified).
 *
 * @param reportedAt when the report was entered, beside the day it names (which only the county level may set earlier)
 */
public record ReportView(long id, int seq, LocalDate reportedOn, Instant reportedAt, String text, String evidenceName, String evidenceSha,
        String reportedBy, Outcome outcome, LocalDate verifiedOn, String note, LocalDate reportBy, String verifiedBy) {
}
