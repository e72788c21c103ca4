package org.jiandu.training.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationPost;
import org.jiandu.training.RotationView;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.Outcome;

/** Report files (XLSX) and the line form of a compliance report that freezing stores and compares. */
final class TrainingReports {

    private TrainingReports() {
    }

    /**
     * The report as sorted text lines: a header naming year, date and scope, then one line per cadre and rule. Two
     * reports are compared line by line.
     */
    static List<String> lines(ComplianceReport r) {
        List<String> out = new ArrayList<>();
        out.add("# year=" + r.year() + " asOf=" + r.asOf() + " activeCadres=" + r.activeCadres());
        List<String> body = new ArrayList<>();
        for (CadreCompliance c : r.cadres()) {
            for (Outcome o : c.outcomes()) {
                body.add(c.cadreCode() + "\t" + c.cadreName() + "\t" + c.townshipName() + "\t" + o.kind() + "\t"
                        + o.status() + "\t" + hours(o.hours()) + "\t" + String.join(" | ", o.gaps()));
            }
        }
        body.sort(null);
        out.addAll(body);
        return out;
    }

    static LocalDate asOf(String header) {
        for (String part : header.split(" ")) {
            if (part.startsWith("asOf=")) {
                return LocalDate.parse(part.substring(5));
            }
        }
        throw new IllegalStateException("not a frozen report header: " + header);
    }

    static List<String> diff(List<String> frozen, List<String> now) {
        Set<String> a = new HashSet<>(frozen), b = new HashSet<>(now);
        List<String> out = new ArrayList<>();
        frozen.stream().filter(l -> !b.contains(l)).forEach(l -> out.add("- " + l));
        now.stream().filter(l -> !a.contains(l)).forEach(l -> out.add("+ " + l));
        return out;
    }

    /** The compliance report as PDF: the same three parts as the XLSX, one after the other. */
    static void compliancePdf(ComplianceReport r, List<StaffingRow> staffing, Path pdf) throws IOException {
        String title = TrainingMessages.bind(TrainingMessages.pdf_compliance_title, r.year(), r.scopeName());
        PdfReport doc = new PdfReport(title, true);
        doc.heading(title);
        for (XlsxWriter.Sheet sheet : complianceSheets(r, staffing)) {
            int headerAt = sheet.name().equals(TrainingMessages.x_sheet_summary) ? 3 : 0; // the summary starts with totals
            List<Object> header = sheet.rows().get(headerAt);
            // on the cadres' sheet the last column (what is missing) wraps; codes stay on one line
            float[] widths = PdfWidths.of(header, sheet.rows().subList(headerAt + 1, sheet.rows().size()),
                    sheet.name().equals(TrainingMessages.x_sheet_cadres) ? header.size() - 1 : -1, true);
            doc.gap(6).sheet(sheet.name(), sheet.rows(), headerAt, widths);
        }
        doc.write(pdf);
    }

    static void transcriptPdf(Transcript t, Path pdf) throws IOException {
        PdfReport doc = new PdfReport(TrainingMessages.x_sheet_transcript + " " + t.cadre().name(), false);
        doc.heading(TrainingMessages.x_sheet_transcript + "  " + t.cadre().name());
        doc.text(TrainingMessages.x_cadre + " " + t.cadre().code() + "   " + TrainingMessages.x_township + " " + t.cadre().orgName()
                + "   " + TrainingMessages.x_as_of + " " + t.asOf());
        List<String> sessionHeader = List.of(TrainingMessages.x_session, TrainingMessages.x_course, TrainingMessages.x_start,
                TrainingMessages.x_status, TrainingMessages.x_hours, TrainingMessages.x_score, TrainingMessages.x_completed);
        List<List<String>> sessionRows = t.sessions().stream().map(e -> List.of(e.sessionCode(), e.courseTitle(),
                e.sessionStart().toString(), name(e.status()), e.hours() == null ? "" : hours(e.hours()),
                e.score() == null ? "" : String.valueOf(e.score()), e.completedOn() == null ? "" : e.completedOn().toString())).toList();
        doc.gap(6).table(sessionHeader, sessionRows, PdfWidths.of(sessionHeader, sessionRows, 1, false));
        if (!t.rotations().isEmpty()) {
            doc.table(List.of(TrainingMessages.x_post, TrainingMessages.x_mentor, TrainingMessages.x_start, TrainingMessages.x_end,
                    TrainingMessages.x_signoff), t.rotations().stream().map(r -> List.of(name(r.post()),
                            r.mentor() == null ? "" : r.mentor(), r.start().toString(), r.end() == null ? "" : r.end().toString(),
                            r.signedOffOn() == null ? "" : r.signedOffBy() + " " + r.signedOffOn())).toList(), 1, 1, 1, 1, 2);
        }
        List<String> ruleHeader = List.of(TrainingMessages.x_rule, TrainingMessages.x_status, TrainingMessages.x_due,
                TrainingMessages.x_gaps);
        List<List<String>> ruleRows = t.outcomes().stream().map(o -> List.of(name(o.kind()), name(o.status()),
                o.due() == null ? "" : o.due().toString(), String.join("；", o.gaps()))).toList();
        doc.table(ruleHeader, ruleRows, PdfWidths.of(ruleHeader, ruleRows, 3, false));
        doc.write(pdf);
    }

    private static String date(LocalDate d) {
        return TrainingMessages.bind(TrainingMessages.cert_date, new Object[] { String.valueOf(d.getYear()), d.getMonthValue(),
                d.getDayOfMonth(), d.toString() });
    }

    /** A one-page completion certificate (结业证书). */
    static void certificatePdf(String name, TrainingSession s, LocalDate completed, String issuer, String cadreCode, Path pdf)
            throws IOException {
        TrainingCourse c = s.course;
        PdfReport doc = new PdfReport(TrainingMessages.cert_title + " " + name, true);
        doc.gap(60).text(TrainingMessages.cert_title, 34, true).gap(36);
        doc.text(TrainingMessages.bind(TrainingMessages.cert_to, name), 16, true).gap(6);
        doc.text(TrainingMessages.bind(TrainingMessages.cert_line1, new Object[] { date(s.startOn), date(s.endOn), c.title,
                hours(c.hours) }), 16, true);
        doc.text(TrainingMessages.cert_line2, 16, true);
        doc.gap(30).text(TrainingMessages.bind(TrainingMessages.cert_number, s.code + "-" + cadreCode), 11, true);
        doc.gap(50).text(issuer, 16, true).text(date(completed), 14, true);
        doc.write(pdf);
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }

    /** Three sheets: summary per rule, every cadre's outcomes, and staffing with coverage per township. */
    static void writeCompliance(ComplianceReport r, List<StaffingRow> staffing, Path xlsx) throws IOException {
        XlsxWriter.write(xlsx, complianceSheets(r, staffing));
    }

    /** The report's content, shared by the XLSX and the PDF form. */
    static List<XlsxWriter.Sheet> complianceSheets(ComplianceReport r, List<StaffingRow> staffing) {
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of(TrainingMessages.x_year, r.year(), TrainingMessages.x_as_of, r.asOf().toString()));
        summary.add(List.of(TrainingMessages.x_active, r.activeCadres(), TrainingMessages.x_compliant, r.compliant()));
        summary.add(List.of());
        List<Object> head = new ArrayList<>(List.of(TrainingMessages.x_rule));
        for (RequirementStatus s : RequirementStatus.values()) {
            head.add(name(s));
        }
        summary.add(head);
        for (RequirementKind k : RequirementKind.values()) {
            Map<RequirementStatus, Integer> n = new LinkedHashMap<>();
            for (CadreCompliance c : r.cadres()) {
                Outcome o = c.outcome(k);
                if (o != null) {
                    n.merge(o.status(), 1, Integer::sum);
                }
            }
            if (!n.isEmpty()) {
                List<Object> row = new ArrayList<>(List.of(name(k)));
                for (RequirementStatus s : RequirementStatus.values()) {
                    row.add(n.getOrDefault(s, 0));
                }
                summary.add(row);
            }
        }
        List<List<Object>> cadres = new ArrayList<>();
        cadres.add(List.of(TrainingMessages.x_cadre, TrainingMessages.x_name, TrainingMessages.x_township,
                TrainingMessages.x_rule, TrainingMessages.x_status, TrainingMessages.x_due, TrainingMessages.x_hours,
                TrainingMessages.x_gaps));
        for (CadreCompliance c : r.cadres()) {
            for (Outcome o : c.outcomes()) {
                cadres.add(List.of(c.cadreCode(), c.cadreName(), c.townshipName(), name(o.kind()), name(o.status()),
                        o.due() == null ? "" : o.due().toString(), o.hours(), String.join("；", o.gaps())));
            }
        }
        List<List<Object>> towns = new ArrayList<>();
        towns.add(List.of(TrainingMessages.x_township, TrainingMessages.x_posts, TrainingMessages.x_filled,
                TrainingMessages.x_vacancies, TrainingMessages.x_seconded, TrainingMessages.x_tenure,
                TrainingMessages.x_all_staff_coverage, TrainingMessages.x_director_coverage));
        for (StaffingRow s : staffing) {
            towns.add(List.of(s.orgName(), s.authorizedPosts(), s.filled(), s.vacancies(), s.secondedLongTerm(),
                    Math.round(s.averageTenureYears() * 10) / 10.0, s.trainedAllStaff() + "/" + s.heldToAllStaff(),
                    s.directorsTrained() + "/" + s.directors()));
        }
        return List.of(new XlsxWriter.Sheet(TrainingMessages.x_sheet_summary, summary),
                new XlsxWriter.Sheet(TrainingMessages.x_sheet_cadres, cadres),
                new XlsxWriter.Sheet(TrainingMessages.x_sheet_townships, towns));
    }

    static void writeTranscript(Transcript t, Path xlsx) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(TrainingMessages.x_cadre, t.cadre().code(), TrainingMessages.x_name, t.cadre().name(),
                TrainingMessages.x_township, t.cadre().orgName()));
        rows.add(List.of());
        rows.add(List.of(TrainingMessages.x_session, TrainingMessages.x_course, TrainingMessages.x_kind,
                TrainingMessages.x_start, TrainingMessages.x_status, TrainingMessages.x_hours, TrainingMessages.x_score,
                TrainingMessages.x_completed, TrainingMessages.x_revision));
        for (EnrolmentView e : t.sessions()) {
            rows.add(List.of(e.sessionCode(), e.courseTitle(), name(e.kind()), e.sessionStart().toString(),
                    name(e.status()), e.hours() == null ? "" : e.hours(), e.score() == null ? "" : e.score(),
                    e.completedOn() == null ? "" : e.completedOn().toString(), e.revision()));
        }
        rows.add(List.of());
        rows.add(List.of(TrainingMessages.x_post, TrainingMessages.x_mentor, TrainingMessages.x_start,
                TrainingMessages.x_end, TrainingMessages.x_signoff));
        for (RotationView r : t.rotations()) {
            rows.add(List.of(name(r.post()), r.mentor() == null ? "" : r.mentor(), r.start().toString(),
                    r.end() == null ? "" : r.end().toString(), r.signedOffOn() == null ? "" : r.signedOffBy() + " " + r.signedOffOn()));
        }
        rows.add(List.of());
        rows.add(List.of(TrainingMessages.x_rule, TrainingMessages.x_status, TrainingMessages.x_due, TrainingMessages.x_gaps));
        for (Outcome o : t.outcomes()) {
            rows.add(List.of(name(o.kind()), name(o.status()), o.due() == null ? "" : o.due().toString(),
                    String.join("；", o.gaps())));
        }
        XlsxWriter.write(xlsx, List.of(new XlsxWriter.Sheet(TrainingMessages.x_sheet_transcript, rows)));
    }

    /** Names of the module's enums in the report's language (Chinese in a Chinese locale). */
    private static String name(RequirementKind k) {
        return TrainingMessages.label(k.chinese(), k);
    }

    private static String name(RequirementStatus s) {
        return TrainingMessages.label(s.chinese(), s);
    }

    private static String name(AttendanceStatus s) {
        return TrainingMessages.label(s.chinese(), s);
    }

    private static String name(CourseKind k) {
        return TrainingMessages.label(k.chinese(), k);
    }

    private static String name(RotationPost p) {
        return TrainingMessages.label(p.chinese(), p);
    }
}
