package org.jiandu.tasks;

import java.time.LocalDate;

/** A report and its verification (outcome, day, note, report-again day, verifier: null until verified). */
public record ReportView(long id, int seq, LocalDate reportedOn, String text, String evidenceName, String evidenceSha, String reportedBy,
        Outcome outcome, LocalDate verifiedOn, String note, LocalDate reportBy, String verifiedBy) {
}
