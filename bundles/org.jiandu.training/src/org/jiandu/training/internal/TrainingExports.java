package org.jiandu.training.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.Hashes;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.pdf.PdfReport;
import org.jiandu.core.security.Subject;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.Transcript;

/** The compliance report (with staffing) and a cadre's transcript, written as PDF or Excel by the file's name and audited. */
final class TrainingExports {

    private final TrainingContext ctx;
    private final Compliance compliance;
    private final Staffing staffing;

    TrainingExports(TrainingContext ctx, Compliance compliance, Staffing staffing) {
        this.ctx = ctx;
        this.compliance = compliance;
        this.staffing = staffing;
    }

    void exportCompliance(Subject subject, int year, LocalDate asOf, Path file) throws IOException {
        ComplianceReport report = compliance.compliance(subject, year, asOf);
        List<StaffingRow> rows = staffing.staffing(subject, report); // one evaluation serves both parts
        if (PdfReport.isPdf(file)) {
            TrainingReports.compliancePdf(report, rows, file);
        } else {
            TrainingReports.writeCompliance(report, rows, file);
        }
        ctx.audit.append(subject, AuditLog.EXPORT, "training-compliance:" + year, written(file));
    }

    void exportTranscript(Subject subject, String cadreCode, Path file) throws IOException {
        Transcript t = compliance.transcript(subject, cadreCode, LocalDate.now());
        if (PdfReport.isPdf(file)) {
            TrainingReports.transcriptPdf(t, file);
        } else {
            TrainingReports.writeTranscript(t, file);
        }
        ctx.audit.append(subject, AuditLog.EXPORT, "training-transcript:" + cadreCode, written(file));
    }

    /** An export's audit detail: the file's name and the SHA-256 of what was written, so the copy can be recognised. */
    static String written(Path file) throws IOException {
        return file.getFileName() + " sha256=" + Hashes.sha256(Files.readAllBytes(file));
    }
}
