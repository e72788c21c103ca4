package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.BodyView;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Danfeng's demo: its bodies, a year of monthly lists and a special campaign, every outcome, last month's ranking published. */
class DemoTasksTest {

    @TempDir
    Path tmp;

    @Test
    void aYearOfListsWithEveryOutcomeAndLastMonthsRankingPublished() throws Exception {
        try (TasksDemoInstallation demo = new TasksDemoInstallation(getClass(), tmp.resolve("data"), null)) {
            List<BodyView> bodies = demo.tasks.bodies(demo.county, "danfeng");
            assertEquals(4, bodies.stream().filter(b -> b.kind() == BodyKind.SUPERVISION_OFFICE).count());
            assertEquals(6, bodies.stream().filter(b -> b.kind() == BodyKind.STATIONED_GROUP).count());
            assertEquals(12, bodies.stream().filter(b -> b.kind() == BodyKind.TOWNSHIP_COMMISSION).count());
            assertTrue(bodies.stream().filter(b -> b.kind() == BodyKind.UNIT).count() >= 50);
            assertEquals(7 * (12 + bodies.stream().filter(b -> b.kind() == BodyKind.UNIT).count()), bodies.stream()
                    .filter(b -> b.kind() == BodyKind.LEADER).count(), "seven leading cadres of each unit and township");
            assertTrue(bodies.stream().filter(b -> b.kind() != BodyKind.UNIT
                    && b.kind() != BodyKind.LEADER).allMatch(b -> b.unitName() != null),
                    "every commission body and township in a supervision unit");

            List<TaskListView> lists = demo.tasks.lists(demo.county, "danfeng", null);
            assertEquals(12, lists.stream().filter(l -> !l.special()).count(), "a year of monthly lists");
            assertEquals(1, lists.stream().filter(TaskListView::special).count(), "a special campaign");
            List<AssignmentView> all = demo.tasks.assignments(demo.county, "danfeng", null, null, null, demo.today);
            for (TaskStatus s : List.of(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE, TaskStatus.FAILED, TaskStatus.OVERDUE)) {
                assertTrue(all.stream().anyMatch(a -> a.standing().status() == s), "some " + s);
            }
            assertTrue(all.stream().anyMatch(a -> a.standing().returns() > 0), "some returned for more");

            YearMonth last = YearMonth.from(demo.today).minusMonths(1);
            ScoreTable asPublished = demo.tasks.score(demo.county, "danfeng", last.toString(), YearMonth.from(demo.today)
                    .atDay(Math.min(10, demo.today.getDayOfMonth())));
            assertEquals(1, asPublished.published());
            assertFalse(asPublished.rows().isEmpty());
            assertTrue(asPublished.rows().stream().noneMatch(ScoreTable.Row::changedSincePublished),
                    "scored as of the day it was published, the ranking is the one published");
            assertEquals(1, asPublished.rows().get(0).place());
        }
    }
}
