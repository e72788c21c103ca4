package org.jiandu.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.Rule;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingValidationException;
import org.junit.jupiter.api.Test;

/** Findings of the outside review (issue 14) on access to training records, each shown failing first. */
class TrainingHardeningTest extends TrainingDemoTest {

    private SessionView draft(String code, String courseCode, String title, String trainer, String orgCode) {
        return new SessionView(0, 0, code, courseCode, CourseKind.TOPICAL, title, 16, today.minusDays(10), today.minusDays(9),
                "县委党校", trainer, 30, orgCode, null, null, 0, 0);
    }

    private CadreView staffOf(String township) {
        return env.await(OrgService.class).cadres(county, null, 10_000).stream()
                .filter(c -> c.role() == CadreRole.FULL_TIME_CADRE && c.orgPath().contains("/" + township + "/"))
                .findFirst().orElseThrow();
    }

    /** Finding 3: a session saved with the code of a course outside the user's scope must not overwrite that course. */
    @Test
    void aCourseOutsideTheScopeIsNotOverwrittenThroughItsCode() throws Exception {
        training.saveSession(county, draft("H-C-1", "H-COURSE-1", "县纪委的课程", "trainer", null));
        Subject township = env.login("township");
        assertThrows(AccessDeniedException.class, () -> training.saveSession(township,
                draft("H-T-1", "H-COURSE-1", "乡镇改写的标题", null, null)));
        SessionView kept = training.sessions(county, null, null, "H-C-1").get(0);
        assertEquals("县纪委的课程", kept.title(), "the county's course keeps its title");
        assertTrue(training.sessions(county, null, null, "H-T-1").isEmpty(), "nothing saved");
    }

    /** Finding 4: a read-only user may not issue a certificate (it adds a revision). */
    @Test
    void aReadOnlyUserIssuesNoCertificate() throws Exception {
        SessionView s = training.saveSession(county, draft("H-CERT-1", null, "结业课程", "trainer", null));
        CadreView c = staffOf("danfeng-t01");
        training.enrol(county, s.code(), c.code(), null);
        training.record(county, s.code(), c.code(), 1, AttendanceStatus.COMPLETED, 16.0, 90, today.minusDays(9), null);
        Subject viewer = env.login("viewer");
        assertThrows(AccessDeniedException.class, () -> training.certificate(viewer, s.code(), c.code()));
        List<EnrolmentView> history = training.history(county, s.code(), c.code());
        assertEquals(2, history.size(), "no revision was added: " + history);
        assertTrue(training.certificate(county, s.code(), c.code()).toString().endsWith(".pdf"));
    }

    /** Finding 4: the trainer of a session is a trainer's account, not free text compared with a login name. */
    @Test
    void theTrainerOfASessionIsATrainersAccount() throws Exception {
        TrainingValidationException free = assertThrows(TrainingValidationException.class,
                () -> training.saveSession(county, draft("H-TR-1", null, "课程", "县委党校张老师", null)));
        assertTrue(free.problems().toString().contains("县委党校张老师"), free.problems().toString());
        // an account, but not a trainer's: naming it must not give that user a trainer's access
        assertThrows(TrainingValidationException.class,
                () -> training.saveSession(county, draft("H-TR-2", null, "课程", "viewer", null)));
        SessionView ok = training.saveSession(county, draft("H-TR-3", null, "课程", "trainer", null));
        assertEquals("trainer", ok.trainer());
        Subject trainer = env.login("trainer");
        assertTrue(training.sessions(trainer, null, null, "H-TR-3").size() == 1);
    }

    /** Finding 2: a township user does not set new-regulation requirements for everyone. */
    @Test
    void aTownshipUserCreatesNoNewRegulationRequirement() throws Exception {
        Subject township = env.login("township");
        assertThrows(AccessDeniedException.class, () -> training.saveSession(township, new SessionView(0, 0, "H-REG-T", null,
                CourseKind.NEW_REGULATION, "乡镇新规", 8, today.plusDays(5), today.plusDays(5), null, null, 50, null, "《乡镇自定条例》",
                today.minusDays(1), 0, 0)));
        assertTrue(training.sessions(county, null, null, "H-REG-T").isEmpty());
    }

    /** Finding 2: a county's rule change is the county's own; the city's rule, which other counties use, stays. */
    @Test
    void aCountysRuleChangeLeavesTheCitysRule() throws Exception {
        Subject admin = env.login("admin"); // scoped to the city
        Rule cityHours = training.rules(admin).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR).findFirst().orElseThrow();
        Rule countyHours = training.rules(county).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR).findFirst()
                .orElseThrow();
        training.saveRule(county, countyHours.withAmount(20));
        assertEquals(20, training.rules(county).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR).findFirst()
                .orElseThrow().amount(), "the county uses its own rule");
        assertEquals(cityHours.amount(), training.rules(admin).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR)
                .findFirst().orElseThrow().amount(), "the city's rule is unchanged");
        // the city's administrator changes the city's rule; the county keeps its own
        training.saveRule(admin, cityHours.withAmount(60));
        assertEquals(60, training.rules(admin).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR).findFirst()
                .orElseThrow().amount());
        assertEquals(20, training.rules(county).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR).findFirst()
                .orElseThrow().amount());
        // the county's rule is not the city administrator's to change without being the owner's scope: it is (city covers county)
        assertEquals(1, training.rules(county).stream().filter(r -> r.kind() == RequirementKind.HOURS_PER_YEAR).count());
    }

    /** Finding 8: reading a cadre's record in a session is audited like a transcript. */
    @Test
    void readingACadresRecordIsAudited() throws Exception {
        SessionView s = training.saveSession(county, draft("H-AUD-1", null, "审计课程", "trainer", null));
        CadreView c = staffOf("danfeng-t02");
        training.enrol(county, s.code(), c.code(), null);
        Subject viewer = env.login("viewer");
        training.history(viewer, s.code(), c.code());
        List<AuditEntry> audit = env.await(AuditLog.class).latest(env.login("admin"), 10);
        assertTrue(audit.stream().anyMatch(e -> e.getActor().equals("viewer") && e.getAction().equals(AuditLog.READ)
                && e.getTarget().contains(c.code())), audit.stream().map(e -> e.getActor() + " " + e.getAction() + " "
                        + e.getTarget()).toList().toString());
    }

    /** Finding 8: an export's audit entry names the file and the SHA-256 of what was written. */
    @Test
    void anExportNamesTheFileAndItsHash() throws Exception {
        CadreView c = staffOf("danfeng-t01");
        Path file = tmp.resolve("成绩单.xlsx");
        training.exportTranscript(county, c.code(), file);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        List<AuditEntry> audit = env.await(AuditLog.class).latest(env.login("admin"), 10);
        assertTrue(audit.stream().anyMatch(e -> e.getAction().equals(AuditLog.EXPORT) && e.getDetail() != null
                && e.getDetail().contains("成绩单.xlsx") && e.getDetail().contains(sha)), audit.stream()
                        .map(e -> e.getAction() + " " + e.getTarget() + " " + e.getDetail()).toList().toString());
    }
}
