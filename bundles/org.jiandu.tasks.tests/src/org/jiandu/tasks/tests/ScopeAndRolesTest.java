package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.TaskDraft;
import org.jiandu.tasks.TaskKind;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scope and roles inside the service: a township commission sees and reports only its own tasks, a unit its own, the
 * county commission all of the county; only the county level issues, verifies and scores; trainers read nothing.
 */
class ScopeAndRolesTest {

    @TempDir
    Path tmp;

    TasksDemoInstallation demo;
    Subject township, viewer, trainer;

    @BeforeEach
    void start() throws Exception {
        demo = new TasksDemoInstallation(getClass(), tmp.resolve("data"), null);
        township = demo.env.login("township");
        viewer = demo.env.login("viewer");
        trainer = demo.env.login("trainer");
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void aTownshipSeesAndReportsOnlyItsOwnTasks() throws Exception {
        TaskListView l = demo.issue(10, 0, null, "danfeng-t01", "danfeng-t02");
        List<AssignmentView> mine = demo.tasks.assignments(township, "danfeng", l.id(), null, null, demo.today);
        assertEquals(List.of("danfeng-t01"), mine.stream().map(AssignmentView::bodyCode).toList(), "only its own township's task");
        assertTrue(demo.tasks.assignments(township, "danfeng", null, null, null, demo.today).stream()
                .allMatch(a -> a.bodyCode().equals("danfeng-t01")), "nor any other body's among the demo's year");
        assertTrue(demo.tasks.bodies(township, "danfeng").stream().allMatch(b -> b.code().startsWith("danfeng-t01")),
                "its own commission and its own leading cadres");
        AssignmentView other = demo.of(l, "danfeng-t02");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(township, other.id(), other.version(), "替别人报告", null,
                demo.today), "another township's task is not there for it");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.assignment(township, other.id(), demo.today));
        AssignmentView own = mine.get(0);
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(township, own.id(), own.version(), "已完成", null,
                demo.today.minusDays(1)), "a body reports on the day it reports: no backdating to look on time");
        assertEquals(TaskStatus.AWAITING_VERIFICATION, demo.tasks.report(township, own.id(), own.version(), "已完成", null, demo.today)
                .standing().status());
        AssignmentView reported = demo.tasks.assignment(township, own.id(), demo.today);
        assertThrows(AccessDeniedException.class, () -> demo.tasks.verify(township, own.id(), reported.version(), Outcome.ACCEPTED, null,
                demo.today, null), "a township does not verify, not even its own report");
        assertThrows(AccessDeniedException.class, () -> demo.tasks.issue(township, "danfeng", null));
        assertThrows(AccessDeniedException.class, () -> demo.tasks.giveBonus(township, "danfeng", "danfeng-t01", "2026-01",
                BigDecimal.ONE, "自己给自己加分"));
        assertThrows(AccessDeniedException.class, () -> demo.tasks.publish(township, "danfeng", "2026-01", demo.today));
        String lastMonth = demo.today.minusMonths(1).toString().substring(0, 7);
        ScoreTable seen = demo.tasks.score(township, "danfeng", lastMonth, demo.today);
        assertEquals(List.of("danfeng-t01"), seen.rows().stream().map(ScoreTable.Row::bodyCode).toList(),
                "its own line of the county's ranking");
        List<TaskListView> lists = demo.tasks.lists(township, "danfeng", null);
        assertTrue(lists.size() < demo.tasks.lists(demo.county, "danfeng", null).size(), "not the lists without a task for it");
        assertTrue(lists.stream().allMatch(x -> !demo.tasks.assignments(township, "danfeng", x.id(), null, null, demo.today).isEmpty()));
    }

    @Test
    void readersReadTrainersDoNotAndAUnitSeesItsOwn() throws Exception {
        TaskListView l = demo.issue(10, 0, null, "danfeng-t01", "danfeng-u001");
        assertEquals(2, demo.tasks.assignments(viewer, "danfeng", l.id(), null, null, demo.today).size(), "a read-only user reads");
        AssignmentView a = demo.of(l, "danfeng-t01");
        assertThrows(AccessDeniedException.class, () -> demo.tasks.report(viewer, a.id(), a.version(), "x", null, demo.today),
                "but does not report");
        assertThrows(AccessDeniedException.class, () -> demo.tasks.assignments(trainer, "danfeng", null, null, null, demo.today));
        assertThrows(AccessDeniedException.class, () -> demo.tasks.bodies(trainer, "danfeng"));

        // a unit's own user: the administrator creates it with the unit as scope
        UserService users = demo.env.await(UserService.class);
        String once = users.addUser(demo.admin, "unit1", "单位纪检员", Role.TOWNSHIP_COMMISSION, "danfeng-u001");
        users.changePassword("unit1", once.toCharArray(), "Unit-Pass-2026!x".toCharArray());
        Subject unit = users.authenticate("unit1", "Unit-Pass-2026!x".toCharArray());
        List<AssignmentView> its = demo.tasks.assignments(unit, "danfeng", null, null, null, demo.today);
        assertFalse(its.isEmpty());
        assertTrue(its.stream().allMatch(x -> x.bodyCode().equals("danfeng-u001")), "a unit sees its own tasks only");
        AssignmentView u = demo.of(l, "danfeng-u001");
        demo.tasks.report(unit, u.id(), u.version(), "党组已研究部署", null, demo.today);
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(unit, a.id(), a.version(), "x", null, demo.today));
    }

    @Test
    void aTownshipSeesItsOwnPartOfAListAndARefusedReportKeepsNoFile() throws Exception {
        LocalDate due = demo.today.plusDays(5);
        TaskListView l = demo.tasks.issue(demo.county, "danfeng", new ListDraft(due.toString().substring(0, 7), "两项任务", false,
                demo.today, List.of(new TaskDraft("共性任务", TaskKind.COMMON, "要求", null, BigDecimal.TEN, due, List.of("danfeng-t01",
                        "danfeng-t02")), new TaskDraft("只给二镇的个性任务", TaskKind.SPECIFIC, "要求", null, BigDecimal.ONE, due,
                                List.of("danfeng-t02")))));
        TaskListView seen = demo.tasks.lists(township, "danfeng", null).stream().filter(x -> x.id() == l.id()).findFirst().orElseThrow();
        assertEquals(List.of("共性任务"), seen.tasks().stream().map(TaskListView.Task::title).toList(),
                "another township's specific task is not shown");
        assertEquals(1, seen.tasks().get(0).bodies(), "and only its own body is counted");

        Path evidence = demo.env.dir().files().resolve("evidence");
        long before = Files.exists(evidence) ? Files.list(evidence).count() : 0;
        Path proof = Files.writeString(tmp.resolve("材料.txt"), "别的镇的材料");
        AssignmentView other = demo.of(l, "danfeng-t02");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(township, other.id(), other.version(), "x", proof,
                demo.today));
        Path huge = tmp.resolve("huge.bin");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength((100L << 20) + 1);
        }
        AssignmentView own = demo.of(l, "danfeng-t01");
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> demo.tasks.report(township, own.id(),
                own.version(), "x", huge, demo.today));
        assertTrue(big.getMessage().contains("100"), big.getMessage());
        assertEquals(before, Files.exists(evidence) ? Files.list(evidence).count() : 0, "a refused report keeps no file");
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.addBody(demo.county, "danfeng", "danfeng-t03", "冒用镇代码",
                BodyKind.SUPERVISION_OFFICE, "danfeng", null), "an organisation's code is not taken by another body");
    }

    @Test
    void anotherCountyIsNotReachable() {
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.assignments(demo.county, "shanyang", null, null, null, demo.today));
        assertThrows(IllegalArgumentException.class, () -> demo.tasks.issue(demo.county, "no-such-county", null));
    }
}
