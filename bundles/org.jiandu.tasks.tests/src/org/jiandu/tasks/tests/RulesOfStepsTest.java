package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.UnitKind;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.ReportView;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskDraft;
import org.jiandu.tasks.TaskKind;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of each step on a real H2 database: history only added, refusals, lists all or nothing, copies, versions, audit. */
class RulesOfStepsTest {

    @TempDir
    Path tmp;

    TasksDemoInstallation demo;

    @BeforeEach
    void start() throws Exception {
        demo = new TasksDemoInstallation(getClass(), tmp.resolve("data"), null);
        demo.offices("ra", "rb");
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void reportsAndVerificationsAreOnlyAddedAndEachStepIsChecked() throws Exception {
        TaskListView l = demo.issue(30, 10, "检查记录", "ra");
        AssignmentView a = demo.of(l, "ra");
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class,
                () -> demo.tasks.report(demo.county, a.id(), a.version(), "已完成", null, demo.today.minusDays(12)));
        assertTrue(noFile.getMessage().contains("检查记录") || noFile.getMessage().contains("evidence"), noFile.getMessage());
        Path proof = Files.writeString(tmp.resolve("检查记录.txt"), "三次检查的记录");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(demo.county, a.id(), a.version(), "已完成", proof,
                demo.today.plusDays(1)), "a report dated in the future");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(demo.county, a.id(), a.version(), "已完成", proof,
                demo.today.minusDays(31)), "a report before the list was issued");
        AssignmentView reported = demo.tasks.report(demo.county, a.id(), a.version(), "已完成", proof, demo.today.minusDays(12));
        assertEquals(TaskStatus.AWAITING_VERIFICATION, reported.standing().status());
        assertTrue(Files.isRegularFile(demo.env.dir().files().resolve("evidence").resolve(demo.tasks.history(demo.county, a.id()).get(0)
                .evidenceSha())), "the evidence is kept by its hash");
        assertThrows(StaleDataException.class, () -> demo.tasks.report(demo.county, a.id(), a.version(), "再报", proof,
                demo.today.minusDays(11)), "the version seen before the report is stale");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(demo.county, a.id(), reported.version(), "再报", proof,
                demo.today.minusDays(11)), "a second report while the first waits");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.verify(demo.county, a.id(), reported.version(), Outcome.ACCEPTED,
                null, demo.today, null), "the reporter does not verify its own report");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.verify(demo.admin, a.id(), reported.version(), Outcome.RETURNED,
                "缺少问题清单", demo.today.minusDays(5), null), "a return names the day to report again by");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.verify(demo.admin, a.id(), reported.version(), Outcome.FAILED,
                " ", demo.today.minusDays(5), null), "a failure says why");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.verify(demo.admin, a.id(), reported.version(), Outcome.ACCEPTED,
                null, demo.today.minusDays(13), null), "a verification before the report");
        AssignmentView back = demo.tasks.verify(demo.admin, a.id(), reported.version(), Outcome.RETURNED, "缺少问题清单",
                demo.today.minusDays(5), demo.today.minusDays(1));
        assertEquals(TaskStatus.OVERDUE, back.standing().status(), "returned and not reported again by the day named");
        AssignmentView again = demo.tasks.report(demo.county, a.id(), back.version(), "已补充问题清单", proof, demo.today);
        AssignmentView done = demo.tasks.verify(demo.admin, a.id(), again.version(), Outcome.ACCEPTED, null, demo.today, null);
        assertEquals(TaskStatus.DONE_LATE, done.standing().status(), "one day after the day named");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(demo.county, a.id(), done.version(), "再报", proof,
                demo.today), "nothing more once accepted");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.verify(demo.admin, a.id(), done.version(), Outcome.FAILED, "x",
                demo.today, null), "nothing left to verify");

        List<ReportView> history = demo.tasks.history(demo.county, a.id());
        assertEquals(2, history.size());
        assertEquals(Outcome.RETURNED, history.get(0).outcome());
        assertEquals("缺少问题清单", history.get(0).note());
        assertEquals(Outcome.ACCEPTED, history.get(1).outcome());

        // every change in the audit log, in the same transaction as the change
        List<AuditEntry> entries = demo.env.await(AuditLog.class).list(demo.admin, new AuditLog.Filter(null, AuditLog.CHANGE,
                "tasks-assignment:" + a.id(), null, null), 100);
        assertEquals(4, entries.size(), "two reports and two verifications");
        assertTrue(entries.stream().anyMatch(e -> e.getActor().equals("admin") && e.getDetail().contains("RETURNED")));
    }

    @Test
    void aListWithOneWrongBodyOrTaskIsNotIssuedAtAll() {
        int before = demo.tasks.lists(demo.county, "danfeng", null).size();
        LocalDate due = demo.today.plusDays(10);
        TaskDraft good = new TaskDraft("好任务", TaskKind.COMMON, "要求", null, BigDecimal.TEN, due, List.of("ra"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> demo.tasks.issue(demo.county, "danfeng",
                new ListDraft("2026-12", "清单", false, demo.today, List.of(good, new TaskDraft("坏任务", TaskKind.COMMON, "要求", null,
                        BigDecimal.TEN, due, List.of("no-such-body"))))));
        assertTrue(e.getMessage().contains("no-such-body"), e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> demo.tasks.issue(demo.county, "danfeng",
                new ListDraft("2026-12", "清单", false, demo.today, List.of(good, new TaskDraft("坏任务", TaskKind.COMMON, "要求", null,
                        new BigDecimal("-1"), demo.today.minusDays(1), List.of("ra"))))));
        assertTrue(d.getMessage().contains("2"), "names the second task: " + d.getMessage());
        assertEquals(before, demo.tasks.lists(demo.county, "danfeng", null).size(), "nothing half-written");
        TaskListView townships = demo.tasks.issue(demo.county, "danfeng", new ListDraft("2026-12", "清单", false, demo.today,
                List.of(new TaskDraft("全体乡镇", TaskKind.COMMON, "要求", null, BigDecimal.ONE, due, List.of("all-townships", "ra")))));
        assertEquals(12 + 1, townships.tasks().get(0).bodies(), "Danfeng's twelve township commissions and the office");

        // a unit set up since, named by its code: registered as a body by the issue, and its entry says so
        demo.env.await(JurisdictionService.class).addNode(demo.admin, OrgLevel.UNIT, "df-new-unit", "县新设单位", "danfeng",
                UnitKind.DEPARTMENT);
        assertTrue(demo.tasks.bodies(demo.county, "danfeng").stream().noneMatch(b -> b.code().equals("df-new-unit")));
        TaskListView one = demo.tasks.issue(demo.county, "danfeng", new ListDraft("2026-12", "清单", false, demo.today,
                List.of(new TaskDraft("新登记", TaskKind.COMMON, "要求", null, BigDecimal.ONE, due, List.of("df-new-unit")))));
        String detail = demo.env.await(AuditLog.class).list(demo.admin, new AuditLog.Filter(null, AuditLog.CHANGE,
                "tasks-list:" + one.id(), null, null), 10).get(0).getDetail();
        assertTrue(detail.endsWith(", bodies registered: 1"), detail);
    }

    @Test
    void aListCopiedToTheNextPeriodMovesItsDeadlines() {
        TaskListView jan = demo.tasks.issue(demo.county, "danfeng", new ListDraft("2025-01", "2025-01 月度清单", false,
                LocalDate.of(2025, 1, 2), List.of(new TaskDraft("月末任务", TaskKind.COMMON, "要求", null, BigDecimal.TEN,
                        LocalDate.of(2025, 1, 31), List.of("ra", "rb")), new TaskDraft("月中任务", TaskKind.SPECIFIC, "要求", null,
                                BigDecimal.ONE, LocalDate.of(2025, 1, 15), List.of("rb")))));
        TaskListView feb = demo.tasks.copy(demo.county, jan.id(), "2025-02", LocalDate.of(2025, 2, 1));
        assertEquals("2025-02 月度清单", feb.title());
        assertEquals(LocalDate.of(2025, 2, 28), feb.tasks().get(0).deadline(), "the month's last day stays the last day");
        assertEquals(LocalDate.of(2025, 2, 15), feb.tasks().get(1).deadline());
        assertEquals(2, feb.tasks().get(0).bodies());
        assertEquals(jan.id(), feb.copiedFrom());
    }

    @Test
    void aNewSchemeVersionNeverScoresAgainWhatIsAlreadyDue() {
        List<ScoringScheme> before = demo.tasks.schemes(demo.county, "danfeng");
        assertEquals(1, before.size(), "the demo's first version");
        ScoringScheme draft = new ScoringScheme(1, demo.today.minusDays(1), new BigDecimal("0.1"), new BigDecimal("0.4"),
                new BigDecimal("0.2"), BigDecimal.ZERO, new BigDecimal("-1"), BigDecimal.TEN);
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.publishScheme(demo.admin, "danfeng", draft), "from the past");
        ScoringScheme v2 = demo.tasks.publishScheme(demo.admin, "danfeng", new ScoringScheme(7, demo.today.plusDays(1),
                draft.latePerDay(), draft.lateFloor(), draft.perReturn(), draft.failedShare(), draft.missedShare(), draft.bonusCap()));
        assertEquals(2, v2.version(), "numbered by the service");
        assertEquals(2, demo.tasks.schemes(demo.county, "danfeng").size());
        String lastMonth = demo.today.minusMonths(1).toString().substring(0, 7);
        assertEquals(1, demo.tasks.score(demo.county, "danfeng", lastMonth, demo.today).schemeVersion(),
                "last month is still scored by the first version");
    }
}
