package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jiandu.core.rectification.RectificationSign;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.LoopStage;
import org.jiandu.tasks.LoopStep;
import org.jiandu.tasks.LoopView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four-step closed loop on a real database: each step in order, by the right side, with its signs; the demo's loops. */
class ClosedLoopTest {

    @TempDir
    Path tmp;

    TasksDemoInstallation demo;
    ClosedLoopService loops;
    Subject township;

    @BeforeEach
    void start() throws Exception {
        demo = new TasksDemoInstallation(getClass(), tmp.resolve("data"), null);
        loops = demo.env.await(ClosedLoopService.class);
        township = demo.env.login("township");
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private LoopView current(long id) {
        return loops.loops(demo.county, "danfeng", demo.today).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aProblemIsFoundAssignedRectifiedHeldToAccountAndClosed() throws Exception {
        LoopView found = loops.find(demo.county, "danfeng", "danfeng-t01", "三资管理", "集体资产出租未公开招标", demo.today.minusDays(30), null);
        assertEquals(LoopStage.FOUND, found.stage());
        assertThrows(AccessDeniedException.class, () -> loops.find(township, "danfeng", "danfeng-t01", "x", "y", demo.today, null),
                "the body does not record problems about itself");
        assertThrows(IllegalArgumentException.class, () -> loops.close(demo.admin, found.id(), found.version(), demo.today),
                "not closed before it is rectified");
        LoopView assigned = loops.assign(demo.county, found.id(), found.version(), "镇党委副书记", demo.today.minusDays(5),
                demo.today.minusDays(28));
        assertEquals(Set.of(RectificationSign.OVERDUE), current(found.id()).signs(), "past its deadline and open");
        Path proof = Files.writeString(tmp.resolve("整改报告.txt"), "已重新公开招标");
        assertThrows(IllegalArgumentException.class, () -> loops.rectify(township, found.id(), assigned.version(), proof, null,
                demo.today.minusDays(29)), "rectified before it was assigned");
        assertThrows(IllegalArgumentException.class, () -> loops.rectify(township, found.id(), assigned.version(), proof, null,
                demo.today.minusDays(6)), "a body does not backdate its rectification to before the deadline");
        LoopView rectified = loops.rectify(township, found.id(), assigned.version(), proof, "已整改", demo.today);
        assertEquals(LoopStage.RECTIFIED, rectified.stage());
        assertThrows(AccessDeniedException.class, () -> loops.account(township, found.id(), rectified.version(), "x", demo.today));
        LoopView accounted = loops.account(demo.county, found.id(), rectified.version(), "对村委会主任进行提醒谈话", demo.today.minusDays(1));
        assertThrows(AccessDeniedException.class, () -> loops.close(township, found.id(), accounted.version(), demo.today),
                "the rectifying side never closes");
        LoopView closed = loops.close(demo.admin, found.id(), accounted.version(), demo.today);
        assertEquals(LoopStage.CLOSED, closed.stage());
        assertEquals(Set.of(RectificationSign.CLOSED_OVERDUE), current(found.id()).signs(), "closed after its deadline: stays marked");
        List<LoopStep> steps = loops.history(demo.county, found.id());
        assertEquals(List.of("FIND", "ASSIGN", "RECTIFY", "ACCOUNT", "CLOSE"), steps.stream().map(LoopStep::step).toList());
        assertEquals("township", steps.get(2).by());
    }

    @Test
    void whoeverRectifiedDoesNotClose() throws Exception {
        LoopView found = loops.find(demo.county, "danfeng", "danfeng-t02", "村务公开", "公开栏未更新", demo.today.minusDays(3), null);
        LoopView assigned = loops.assign(demo.admin, found.id(), found.version(), "村党支部书记", demo.today.plusDays(10),
                demo.today.minusDays(2));
        Path proof = Files.writeString(tmp.resolve("照片.txt"), "公开栏照片");
        LoopView first = loops.rectify(demo.county, found.id(), assigned.version(), proof, "代为整改", demo.today);
        LoopView second = loops.rectify(demo.admin, found.id(), first.version(), proof, "补充照片", demo.today);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loops.close(demo.county, found.id(),
                second.version(), demo.today), "the county user rectified it once, even if not last");
        assertTrue(e.getMessage().contains(String.valueOf(found.id())), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> loops.close(demo.admin, found.id(), second.version(), demo.today));
    }

    @Test
    void theDemoShowsPaperOnlyRectificationByThePatrolsRule() {
        List<LoopView> all = loops.loops(demo.county, "danfeng", demo.today);
        Set<RectificationSign> seen = EnumSet.noneOf(RectificationSign.class);
        all.forEach(l -> seen.addAll(l.signs()));
        assertTrue(seen.containsAll(Set.of(RectificationSign.OVERDUE, RectificationSign.CLOSED_WITHOUT_EVIDENCE,
                RectificationSign.FOUND_AGAIN)), seen.toString());
        assertTrue(all.stream().anyMatch(l -> l.stage() == LoopStage.CLOSED && l.signs().isEmpty()), "and one closed properly");
        assertTrue(all.stream().anyMatch(l -> l.accountability() != null));
        assertTrue(loops.loops(township, "danfeng", demo.today).stream().allMatch(l -> l.bodyCode().equals("danfeng-t01")),
                "a township sees its own loops");
    }
}
