package org.jiandu.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiandu.core.CadreView;
import org.jiandu.core.Progress;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationPost;
import org.jiandu.training.RotationView;
import org.jiandu.training.Rule;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingValidationException;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.Outcome;
import org.junit.jupiter.api.Test;

/** Training records against a real H2 database with Danfeng's demo data. */
class TrainingServiceTest extends TrainingDemoTest {

    private List<CadreView> staff() {
        return cadres(CadreRole.FULL_TIME_CADRE, CadreRole.TOWNSHIP_SECRETARY);
    }

    @Test
    void theDemoDataShowsEveryKindOfStatus() {
        ComplianceReport r = training.compliance(county, today.getYear(), today);
        assertTrue(r.activeCadres() > 150, "Danfeng's cadres: " + r.activeCadres());
        Set<RequirementStatus> seen = r.cadres().stream().flatMap(c -> c.outcomes().stream()).map(Outcome::status)
                .collect(Collectors.toSet());
        assertTrue(seen.containsAll(Set.of(RequirementStatus.DONE, RequirementStatus.OVERDUE, RequirementStatus.EXPIRED)), seen.toString());
        assertTrue(r.compliant() > 0 && r.compliant() < r.cadres().size(), r.compliant() + " of " + r.cadres().size());
        assertFalse(r.missing(RequirementKind.ALL_STAFF_YEARLY).isEmpty());
        assertFalse(r.missing(RequirementKind.PRE_JOB_PIPELINE).isEmpty());
        assertTrue(r.cadres().stream().anyMatch(c -> c.outcome(RequirementKind.VILLAGE_DIRECTOR_YEARLY) != null));
        ComplianceReport lastYear = training.compliance(county, today.getYear() - 1, today);
        assertEquals(lastYear.year(), today.getYear() - 1);
        assertTrue(lastYear.missing(RequirementKind.ALL_STAFF_YEARLY).stream().allMatch(c -> c.outcome(
                RequirementKind.ALL_STAFF_YEARLY).status() == RequirementStatus.OVERDUE), "a past year's gaps are overdue");
    }

    @Test
    void aCorrectionIsANewRevisionAndTheHistoryStays() throws Exception {
        SessionView s = newSession("T-REV-1", CourseKind.TOPICAL, today.minusDays(10), 30);
        CadreView c = staff().get(0);
        EnrolmentView e = training.enrol(county, s.code(), c.code(), null);
        assertEquals(1, e.revision());
        EnrolmentView done = training.record(county, s.code(), c.code(), 1, AttendanceStatus.COMPLETED, 16.0, 88,
                today.minusDays(9), null);
        EnrolmentView fixed = training.record(county, s.code(), c.code(), 2, AttendanceStatus.COMPLETED, 12.0, 85,
                today.minusDays(9), "学时更正");
        assertEquals(3, fixed.revision());
        assertThrows(StaleDataException.class, () -> training.record(county, s.code(), c.code(), 2,
                AttendanceStatus.ABSENT, null, null, null, "stale"), "a record changed meanwhile is not overwritten");
        List<EnrolmentView> history = training.history(county, s.code(), c.code());
        assertEquals(List.of(1, 2, 3), history.stream().map(EnrolmentView::revision).toList());
        assertEquals(16.0, history.get(1).hours());
        assertEquals(List.of(false, false, true), history.stream().map(EnrolmentView::current).toList());
        assertEquals(List.of(fixed.id()), training.attendance(county, s.code()).stream().map(EnrolmentView::id).toList());
        assertEquals(done.revision() + 1, fixed.revision());

        TrainingValidationException bad = assertThrows(TrainingValidationException.class, () -> training.record(county,
                s.code(), c.code(), 3, AttendanceStatus.COMPLETED, 40.0, 120, today.plusDays(3), "更正"));
        assertEquals(3, bad.problems().size(), bad.problems().toString()); // hours over the course, score, future date
        assertEquals(3, training.history(county, s.code(), c.code()).size(), "a refused record writes nothing");
    }

    @Test
    void confirmingOnPostIsRefusedUntilThePipelineIsComplete() {
        ComplianceReport r = training.compliance(county, today.getYear(), today);
        CadreCompliance stuck = r.cadres().stream().filter(c -> {
            Outcome o = c.outcome(RequirementKind.PRE_JOB_PIPELINE);
            return o != null && o.status() == RequirementStatus.OVERDUE
                    && o.gaps().stream().anyMatch(g -> Named.in(g, RotationPost.SUPERVISION.chinese(), RotationPost.SUPERVISION));
        }).findFirst().orElseThrow(() -> new AssertionError("the demo has a cadre stuck at the supervision post"));
        PipelineIncompleteException refused = assertThrows(PipelineIncompleteException.class,
                () -> training.confirmOnPost(county, stuck.cadreCode(), today));
        assertTrue(refused.problems().stream().anyMatch(p -> Named.in(p, RotationPost.SUPERVISION.chinese(), RotationPost.SUPERVISION)),
                refused.problems().toString());

        RotationView sup = training.rotations(county, stuck.cadreCode()).stream()
                .filter(x -> x.post() == RotationPost.SUPERVISION).findFirst().orElseThrow();
        training.saveRotation(county, new RotationView(sup.key(), sup.revision(), sup.cadreCode(), null, sup.post(), sup.mentor(),
                sup.start(), sup.start().plusDays(30), null, null, null, null, null));
        List<String> gaps = training.pipelineGaps(county, stuck.cadreCode(), today);
        assertTrue(gaps.stream().anyMatch(g -> Named.in(g, RotationPost.SUPERVISION.chinese(), RotationPost.SUPERVISION)),
                "not signed off yet: " + gaps);
        RotationView signed = training.rotations(county, stuck.cadreCode()).stream()
                .filter(x -> x.post() == RotationPost.SUPERVISION).findFirst().orElseThrow();
        assertEquals(2, signed.revision());
        training.saveRotation(county, new RotationView(signed.key(), signed.revision(), signed.cadreCode(), null, signed.post(),
                "王导师", signed.start(), signed.end(), "王导师", signed.end(), "合格", null, null));
        LocalDate start = signed.end().plusDays(1);
        training.saveRotation(county, new RotationView(null, 0, stuck.cadreCode(), null, RotationPost.INVESTIGATION, "王导师",
                start, start.plusDays(30), "王导师", start.plusDays(30), "合格", null, null));
        assertEquals(List.of(), training.pipelineGaps(county, stuck.cadreCode(), today));
        training.confirmOnPost(county, stuck.cadreCode(), today);
        Transcript t = training.transcript(county, stuck.cadreCode(), today);
        assertEquals(today, t.postedOn());
        assertEquals(RequirementStatus.DONE, t.outcomes().stream().filter(o -> o.kind() == RequirementKind.PRE_JOB_PIPELINE)
                .findFirst().orElseThrow().status());
    }

    private Path sheet(String name, List<List<Object>> rows) throws Exception {
        Path f = tmp.resolve(name);
        XlsxWriter.write(f, List.of(new XlsxWriter.Sheet("Sheet1", rows)));
        return f;
    }

    @Test
    void aSheetWithBadRowsImportsNothingAndNamesEveryRow() throws Exception {
        SessionView s = newSession("T-IMP-1", CourseKind.TOPICAL, today.minusDays(20), 100);
        List<CadreView> staff = staff();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("干部编号", "姓名", "培训班编号", "学时", "成绩", "结业日期"));
        for (int i = 0; i < 5; i++) {
            rows.add(List.of(staff.get(i).code(), staff.get(i).name(), s.code(), 16, 80 + i, today.minusDays(19).toString()));
        }
        rows.add(List.of("danfeng-c9999", "", s.code(), 16, 80, today.minusDays(19).toString()));           // row 7
        rows.add(List.of(staff.get(5).code(), "不是此人", s.code(), 16, 80, today.minusDays(19).toString()));  // row 8
        rows.add(List.of(staff.get(6).code(), "", "NO-SUCH", 16, 80, today.minusDays(19).toString()));       // row 9
        rows.add(List.of(staff.get(7).code(), "", s.code(), "十六", 101, "2024-13-45"));                      // row 10
        rows.add(List.of(staff.get(0).code(), "", s.code(), 16, 80, today.minusDays(19).toString()));        // row 11: twice
        Path f = sheet("attendance.xlsx", rows);

        ImportReport r = training.importXlsx(county, f, ImportKind.ATTENDANCE, Map.of(), false, Progress.NONE);
        assertFalse(r.imported());
        assertEquals(10, r.rows());
        Set<Integer> badRows = r.errors().stream().map(ImportReport.RowError::row).collect(Collectors.toSet());
        assertEquals(Set.of(7, 8, 9, 10, 11), badRows, r.errors().toString());
        assertEquals(3, r.errors().stream().filter(e -> e.row() == 10).count(), "hours, score and date of row 10: " + r.errors());
        assertTrue(r.errors().stream().anyMatch(e -> e.row() == 8 && "姓名".equals(e.column())), r.errors().toString());
        assertEquals(0, training.attendance(county, s.code()).size(), "all or nothing: nothing was written");

        ImportReport good = training.importXlsx(county, f, ImportKind.ATTENDANCE, Map.of(), true, Progress.NONE);
        assertTrue(good.imported());
        assertEquals(5, good.added());
        assertEquals(5, training.attendance(county, s.code()).size());
        assertTrue(training.attendance(county, s.code()).stream().allMatch(e -> e.status() == AttendanceStatus.COMPLETED));

        ImportReport again = training.importXlsx(county, f, ImportKind.ATTENDANCE, Map.of(), true, Progress.NONE);
        assertEquals(0, again.added() + again.updated(), "the same rows again change nothing");
        rows.set(1, List.of(staff.get(0).code(), staff.get(0).name(), s.code(), 12, 70, today.minusDays(19).toString()));
        ImportReport corrected = training.importXlsx(county, sheet("fix.xlsx", rows.subList(0, 6)), ImportKind.ATTENDANCE,
                Map.of(), false, Progress.NONE);
        assertEquals(1, corrected.updated());
        assertEquals(2, training.history(county, s.code(), staff.get(0).code()).size(), "the correction is a revision");
    }

    @Test
    void columnsCanBeMappedAndACancelledImportWritesNothing() throws Exception {
        SessionView s = newSession("T-MAP-1", CourseKind.ALL_STAFF, today.minusDays(5), 10);
        List<CadreView> staff = staff();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("人员代码", "班号"));
        for (int i = 0; i < 12; i++) {
            rows.add(List.of(staff.get(i).code(), s.code()));
        }
        Path f = sheet("roster.xlsx", rows);
        ImportReport unmapped = training.importXlsx(county, f, ImportKind.ROSTER, Map.of(), false, Progress.NONE);
        assertFalse(unmapped.imported());
        assertTrue(unmapped.errors().get(0).message().contains("干部编号"), unmapped.errors().toString());
        Map<String, String> mapping = Map.of("cadre", "人员代码", "session", "班号");
        ImportReport full = training.importXlsx(county, f, ImportKind.ROSTER, mapping, false, Progress.NONE);
        assertFalse(full.imported(), "12 rows for 10 places");
        assertEquals(Set.of(12, 13), full.errors().stream().map(ImportReport.RowError::row).collect(Collectors.toSet()));
        Progress cancel = new Progress() {
            @Override
            public void worked(int done, int total, String current) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        List<List<Object>> big = new ArrayList<>(List.of(List.of("干部编号", "培训班编号")));
        SessionView large = newSession("T-MAP-2", CourseKind.ALL_STAFF, today.minusDays(5), 10_000);
        staff.forEach(c -> big.add(List.of(c.code(), large.code())));
        while (big.size() < 5001) {
            big.add(big.get(1)); // duplicates: reach the first progress check
        }
        ImportReport cancelled = training.importXlsx(county, sheet("big.xlsx", big), ImportKind.ROSTER, Map.of(), true, cancel);
        assertFalse(cancelled.imported());
        assertEquals(0, training.attendance(county, large.code()).size());
        assertTrue(training.importXlsx(county, f, ImportKind.ROSTER, mapping, true, Progress.NONE).imported());
        assertEquals(10, training.attendance(county, s.code()).size());
    }

    @Test
    void aTownshipUserSeesAndChangesOnlyItsOwnCadres() throws Exception {
        Subject township = env.login("township"); // danfeng-t01
        ComplianceReport r = training.compliance(township, today.getYear(), today);
        assertFalse(r.cadres().isEmpty());
        assertTrue(r.cadres().stream().allMatch(c -> c.townshipCode().equals("danfeng-t01")), "scope: " + r.cadres().stream()
                .map(CadreCompliance::townshipCode).distinct().toList());
        CadreView other = staff().stream().filter(c -> !c.orgPath().contains("/danfeng-t01/")).findFirst().orElseThrow();
        assertThrows(TrainingValidationException.class, () -> training.transcript(township, other.code(), today));
        assertThrows(TrainingValidationException.class,
                () -> training.enrol(township, "danfeng-QY-" + today.getYear(), other.code(), null));
        assertThrows(AccessDeniedException.class, () -> training.enrol(env.login("viewer"), "danfeng-QY-" + today.getYear(),
                other.code(), null));
        Rule hours = training.rules(county).stream().filter(x -> x.kind() == RequirementKind.HOURS_PER_YEAR).findFirst().orElseThrow();
        assertThrows(AccessDeniedException.class, () -> training.saveRule(township, hours.withAmount(10)));

        Subject trainer = env.login("trainer");
        assertTrue(training.sessions(trainer, null, null, null).stream().allMatch(s -> "trainer".equals(s.trainer())));
        List<String> audit = env.await(AuditLog.class).latest(env.login("admin"), 30).stream()
                .map(e -> e.getAction() + " " + e.getTarget()).toList();
        assertTrue(audit.contains("read training-compliance:" + today.getYear()), audit.toString());
    }

    @Test
    void rulesAreConfigurableAndChangeTheOutcome() {
        int year = today.getYear();
        long below = training.compliance(county, year, today).missing(RequirementKind.HOURS_PER_YEAR).size();
        Rule hours = training.rules(county).stream().filter(x -> x.kind() == RequirementKind.HOURS_PER_YEAR).findFirst().orElseThrow();
        assertEquals(90, hours.amount(), "the report's default");
        Rule saved = training.saveRule(county, hours.withAmount(20));
        assertThrows(StaleDataException.class, () -> training.saveRule(county, hours.withAmount(30)));
        long belowNow = training.compliance(county, year, today).missing(RequirementKind.HOURS_PER_YEAR).size();
        assertTrue(belowNow < below, below + " → " + belowNow);
        training.saveRule(county, saved.withActive(false));
        assertTrue(training.compliance(county, year, today).missing(RequirementKind.HOURS_PER_YEAR).isEmpty());
        assertThrows(TrainingValidationException.class, () -> training.saveRule(county, saved.withAmount(0)));
    }

    @Test
    void aReelectionOrANewRegulationAssignsTheRequiredTraining() {
        Subject admin = county;
        String township = "danfeng-t05";
        training.recordReelection(admin, township, today.minusDays(10));
        SessionView basic = newSession("T-HJ-1", CourseKind.POST_ELECTION, today.plusDays(14), 200);
        SessionView reg = training.saveSession(county, new SessionView(0, 0, "T-FG-1", null, CourseKind.NEW_REGULATION,
                "新条例培训", 8, today.plusDays(7), today.plusDays(7), "县委党校", "trainer", 500, null, "《测试条例》",
                today.minusDays(3), 0, 0));
        List<EnrolmentView> made = training.assignRequired(admin, today);
        Set<String> inBasic = made.stream().filter(e -> e.sessionCode().equals(basic.code())).map(EnrolmentView::cadreCode)
                .collect(Collectors.toSet());
        Set<String> t05Staff = staff().stream().filter(c -> c.orgPath().contains("/" + township + "/")).map(CadreView::code)
                .collect(Collectors.toSet());
        assertTrue(inBasic.containsAll(t05Staff), "every cadre of the re-elected township: " + inBasic);
        Set<String> reelected = Set.of("/danfeng-t01/", "/danfeng-t02/", "/danfeng-t03/", "/" + township + "/");
        assertTrue(staff().stream().filter(c -> inBasic.contains(c.code()))
                .allMatch(c -> reelected.stream().anyMatch(c.orgPath()::contains)), "and only re-elected townships' cadres");
        long inReg = made.stream().filter(e -> e.sessionCode().equals(reg.code())).count();
        assertTrue(inReg > 20, "everyone held to the regulation rule: " + inReg);
        ComplianceReport r = training.compliance(county, today.getYear(), today);
        Set<String> needTheory = r.missing(RequirementKind.PRE_JOB_PIPELINE).stream()
                .filter(c -> c.outcome(RequirementKind.PRE_JOB_PIPELINE).status() == RequirementStatus.EXPIRED)
                .map(CadreCompliance::cadreCode)
                .collect(Collectors.toSet());
        Set<String> seated = training.attendance(county, "danfeng-GQ-" + today.getYear() + "-2").stream()
                .map(EnrolmentView::cadreCode).collect(Collectors.toSet());
        assertFalse(needTheory.isEmpty());
        assertTrue(seated.containsAll(needTheory), "expired pre-job theory got a seat in the coming class (the demo assigned it): "
                + needTheory + " " + seated);
        assertTrue(made.stream().allMatch(e -> e.note() != null && !e.note().isBlank()));
        assertEquals(List.of(), training.assignRequired(admin, today), "running it again assigns nothing new");
    }

    @Test
    void aFrozenReportShowsLaterEditsAsDifferencesAndTheExportOpens() throws Exception {
        int year = today.getYear();
        long id = training.freeze(county, year);
        assertEquals(List.of(), training.differences(county, id));
        CadreView c = staff().get(3);
        SessionView s = newSession("T-FRZ-1", CourseKind.ALL_STAFF, today.minusDays(3), 10);
        training.enrol(county, s.code(), c.code(), null);
        training.record(county, s.code(), c.code(), 1, AttendanceStatus.COMPLETED, 16.0, 90, today.minusDays(2), null);
        List<String> diff = training.differences(county, id);
        assertFalse(diff.isEmpty());
        assertTrue(diff.stream().allMatch(l -> l.startsWith("- ") || l.startsWith("+ ")), diff.toString());
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("+ " + c.code())), diff.toString());

        Path x = tmp.resolve("compliance.xlsx");
        training.exportCompliance(county, year, today, x);
        List<XlsxReader.Sheet> sheets = XlsxReader.read(x);
        assertEquals(3, sheets.size());
        assertTrue(sheets.get(1).rows().size() > 100);
        Path t = tmp.resolve("transcript.xlsx");
        training.exportTranscript(county, c.code(), t);
        assertTrue(XlsxReader.read(t).get(0).rows().stream().anyMatch(r -> r.cells().contains(s.code())));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aCertificateIsIssuedOnceForACompletedRecordAndKeptByItsHash() throws Exception {
        SessionView s = newSession("T-CERT-1", CourseKind.TOPICAL, today.minusDays(4), 10);
        CadreView c = staff().get(2);
        training.enrol(county, s.code(), c.code(), null);
        assertThrows(TrainingValidationException.class, () -> training.certificate(county, s.code(), c.code()),
                "no certificate before completion");
        training.record(county, s.code(), c.code(), 1, AttendanceStatus.COMPLETED, 16.0, 92, today.minusDays(3), null);
        Path cert = training.certificate(county, s.code(), c.code());
        assertTrue(cert.startsWith(env.dir().files()), cert.toString());
        String text = pdfText(cert);
        LocalDate done = today.minusDays(3);
        String chinese = done.getYear() + "年" + done.getMonthValue() + "月" + done.getDayOfMonth() + "日";
        assertTrue(text.contains(c.name()) && (text.contains(done.toString()) || text.contains(chinese)),
                "the certificate names the cadre and the completion date: " + text);
        EnrolmentView now = training.attendance(county, s.code()).get(0);
        assertEquals(3, now.revision(), "issuing is recorded as a revision");
        assertEquals(cert.getFileName().toString(), now.certificateSha() + ".pdf");
        assertEquals(cert, training.certificate(county, s.code(), c.code()), "issued once");
        assertEquals(3, training.history(county, s.code(), c.code()).size());
    }

    @Test
    void reportsAreAlsoWrittenAsPdf() throws Exception {
        Path pdf = tmp.resolve("compliance.pdf");
        training.exportCompliance(county, today.getYear(), today, pdf);
        String text = pdfText(pdf);
        assertTrue(text.contains(String.valueOf(today.getYear())) && text.contains("danfeng-c0"), text.substring(0, 200));
        CadreView c = staff().get(0);
        Path t = tmp.resolve("transcript.pdf");
        training.exportTranscript(county, c.code(), t);
        assertTrue(pdfText(t).contains(c.name()));
    }

    @Test
    void staffingShowsPostsVacanciesAndCoverage() {
        var rows = training.staffing(county, today.getYear());
        assertTrue(rows.size() >= 10, rows.toString());
        assertTrue(rows.stream().mapToInt(r -> r.vacancies()).sum() >= 0);
        assertTrue(rows.stream().anyMatch(r -> r.directors() > 0 && r.directorsTrained() > 0 && r.directorsTrained() <= r.directors()));
        assertTrue(rows.stream().anyMatch(r -> r.heldToAllStaff() > 0 && r.averageTenureYears() > 0));
        var total = rows.get(rows.size() - 1);
        assertEquals(36, total.authorizedPosts(), "Danfeng's 36 posts in the total row");
        assertEquals(157, total.directors(), "one supervision director per village");
        assertEquals(rows.subList(0, rows.size() - 1).stream().mapToInt(r -> r.vacancies()).sum(), total.vacancies());
    }

    @Test
    void sessionsAreValidatedWithEveryReasonAtOnce() throws Exception {
        TrainingValidationException e = assertThrows(TrainingValidationException.class, () -> training.saveSession(county,
                new SessionView(0, 0, "", null, CourseKind.NEW_REGULATION, " ", -1, today, today.minusDays(1), null, null, 0,
                        "nowhere", null, null, 0, 0)));
        assertEquals(7, e.problems().size(), e.problems().toString());
        newSession("T-DUP", CourseKind.TOPICAL, today, 5);
        assertThrows(TrainingValidationException.class, () -> newSession("T-DUP", CourseKind.TOPICAL, today, 5));
        SessionView small = newSession("T-CAP", CourseKind.TOPICAL, today, 1);
        training.enrol(county, small.code(), staff().get(0).code(), null);
        assertThrows(TrainingValidationException.class, () -> training.enrol(county, small.code(), staff().get(1).code(), null));
        assertThrows(TrainingValidationException.class, () -> training.enrol(county, small.code(), staff().get(0).code(), null));

        SessionView bigger = training.saveSession(county, new SessionView(small.id(), small.version(), small.code(), null,
                small.kind(), small.title(), small.hours(), small.start(), small.end(), small.place(), small.trainer(), 2, null,
                null, null, 0, 0));
        assertEquals(2, bigger.capacity());
        assertThrows(StaleDataException.class, () -> training.saveSession(county, small), "an edit over a newer one is refused");
        String trail = env.await(AuditLog.class).latest(env.login("admin"), 10).stream()
                .filter(x -> x.getTarget().equals("training-session:T-CAP")).map(x -> x.getDetail()).findFirst().orElseThrow();
        assertTrue(trail.contains("capacity=2") && trail.contains("(was") && trail.contains("capacity=1"),
                "the audit log keeps the old values of an edited session: " + trail);
    }

    @Test
    void everyMessageHasAChineseTranslation() throws Exception {
        Properties en = new Properties(), zh = new Properties();
        try (var a = getClass().getResourceAsStream("/org/jiandu/training/internal/trainingMessages.properties");
                var b = getClass().getResourceAsStream("/org/jiandu/training/internal/trainingMessages_zh.properties")) {
            en.load(a);
            zh.load(b);
        }
        assertTrue(en.size() > 50);
        assertEquals(en.keySet(), zh.keySet());
    }

    @Test
    void aTransferredCadresTrainingFollowsTheNewTownship() {
        CadreView moving = staff().stream().filter(c -> c.active() && c.orgCode().equals("danfeng-t06")).findFirst().orElseThrow();
        env.await(JurisdictionService.class).transfer(county, moving.code(), "danfeng-t05", today.minusDays(20));
        CadreCompliance row = training.compliance(county, today.getYear(), today).cadres().stream()
                .filter(c -> c.cadreCode().equals(moving.code())).findFirst().orElseThrow();
        assertEquals("danfeng-t05", row.townshipCode(), "counted under the township the cadre works at now");
        training.recordReelection(county, "danfeng-t05", today.minusDays(10));
        SessionView basic = newSession("T-HJ-9", CourseKind.POST_ELECTION, today.plusDays(14), 200);
        assertTrue(training.assignRequired(county, today).stream()
                .anyMatch(e -> e.sessionCode().equals(basic.code()) && e.cadreCode().equals(moving.code())),
                "the new township's re-election requires the transferred cadre's basic training");
    }
}
