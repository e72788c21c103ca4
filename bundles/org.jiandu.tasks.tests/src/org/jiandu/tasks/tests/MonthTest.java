package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.TasksService;
import org.jiandu.tasks.Warning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county commission runs a month on a real database: a list issued to five bodies, one reporting on time, one
 * late, one returned and reporting again, one failing its on-site check, one never reporting (its warning turning
 * from yellow to red with the days), then the month's ranking published and a bonus changing it afterwards.
 * {@link MonthPostgresTest} runs the same on PostgreSQL.
 */
class MonthTest {

    @TempDir
    Path tmp;

    TasksDemoInstallation demo;

    /** The database to use instead of the data directory's H2 file, or null. */
    DatabaseConfig database() throws Exception {
        return null;
    }

    @BeforeEach
    void start() throws Exception {
        demo = new TasksDemoInstallation(getClass(), tmp.resolve("data"), database());
    }

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    private AssignmentView report(String body, TaskListView l, int daysAgo) throws Exception {
        AssignmentView a = demo.of(l, body);
        return demo.tasks.report(demo.county, a.id(), a.version(), body + " 已完成", null, demo.today.minusDays(daysAgo));
    }

    private AssignmentView verify(String body, TaskListView l, Outcome outcome, String note, int daysAgo, Integer reportByDaysAgo) {
        AssignmentView a = demo.of(l, body);
        return demo.tasks.verify(demo.admin, a.id(), a.version(), outcome, note, demo.today.minusDays(daysAgo),
                reportByDaysAgo == null ? null : demo.today.minusDays(reportByDaysAgo));
    }

    @Test
    void aMonthFromTheListToThePublishedRanking() throws Exception {
        TasksService tasks = demo.tasks;
        demo.offices("ta", "tb", "tc", "td", "te");
        TaskListView l = demo.issue(40, 20, null, "ta", "tb", "tc", "td", "te");
        assertEquals(5, l.tasks().get(0).bodies());
        LocalDate due = demo.today.minusDays(20);

        report("ta", l, 22);
        verify("ta", l, Outcome.ACCEPTED, null, 21, null);
        report("tb", l, 17);
        verify("tb", l, Outcome.ACCEPTED, null, 16, null);
        report("tc", l, 25);
        AssignmentView returned = verify("tc", l, Outcome.RETURNED, "缺少问题清单", 24, 19);
        assertEquals(demo.today.minusDays(19), returned.standing().deadline(), "the return's day is the deadline in force");
        report("tc", l, 19);
        verify("tc", l, Outcome.ACCEPTED, null, 18, null);
        report("td", l, 21);
        verify("td", l, Outcome.FAILED, "线下核查：报告所述整改未落实", 15, null);

        Map<String, AssignmentView> now = byBody(tasks.assignments(demo.county, "danfeng", l.id(), null, null, demo.today));
        assertEquals(TaskStatus.DONE_ON_TIME, now.get("ta").standing().status());
        assertEquals(TaskStatus.DONE_LATE, now.get("tb").standing().status());
        assertEquals(3, now.get("tb").standing().daysLate());
        assertEquals(TaskStatus.DONE_ON_TIME, now.get("tc").standing().status());
        assertEquals(1, now.get("tc").standing().returns());
        assertEquals(TaskStatus.FAILED, now.get("td").standing().status());
        assertEquals(TaskStatus.OVERDUE, now.get("te").standing().status());

        // the warning of the body that never reported, day by day
        assertEquals(TaskStatus.DUE_SOON, at(l, "te", due.minusDays(3)).standing().status());
        assertEquals(TaskStatus.OPEN, at(l, "te", due.minusDays(4)).standing().status());
        AssignmentView yellow = at(l, "te", due.plusDays(1));
        assertEquals(Warning.YELLOW, yellow.standing().warning());
        assertEquals(List.of("te负责人"), yellow.warned(), "yellow goes to the body's leader");
        assertEquals(Warning.YELLOW, at(l, "te", due.plusDays(5)).standing().warning());
        AssignmentView red = at(l, "te", due.plusDays(6));
        assertEquals(Warning.RED, red.standing().warning());
        assertEquals(2, red.warned().size(), "red is escalated beyond the body: " + red.warned());
        assertTrue(tasks.due(demo.county, "danfeng", demo.today).stream().anyMatch(a -> a.bodyCode().equals("te")
                && a.standing().warning() == Warning.RED), "the work list shows it");

        String period = due.toString().substring(0, 7);
        ScoreTable before = tasks.score(demo.county, "danfeng", period, demo.today);
        ScoreTable published = tasks.publish(demo.admin, "danfeng", period, demo.today);
        assertEquals(before.published() + 1, published.published());
        Map<String, ScoreTable.Row> rows = published.rows().stream().collect(Collectors.toMap(ScoreTable.Row::bodyCode,
                Function.identity()));
        assertEquals(new BigDecimal("10.00"), rows.get("ta").score(), "on time");
        assertEquals(new BigDecimal("8.50"), rows.get("tb").score(), "three days late: 0.05 a day");
        assertEquals(new BigDecimal("9.00"), rows.get("tc").score(), "one return: 0.1");
        assertEquals(new BigDecimal("0.00"), rows.get("td").score(), "failed: nothing");
        assertEquals(new BigDecimal("-5.00"), rows.get("te").score(), "missed: half the points deducted");
        assertTrue(rows.get("ta").place() < rows.get("tc").place() && rows.get("tc").place() < rows.get("tb").place()
                && rows.get("tb").place() < rows.get("td").place() && rows.get("td").place() < rows.get("te").place());
        assertFalse(rows.get("td").changedSincePublished());

        tasks.giveBonus(demo.admin, "danfeng", "td", period, new BigDecimal("9"), "典型经验被推广");
        ScoreTable after = tasks.score(demo.county, "danfeng", period, demo.today);
        ScoreTable.Row td = after.rows().stream().filter(r -> r.bodyCode().equals("td")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("5.00"), td.score(), "the bonus is cut to the scheme's cap of 5");
        assertTrue(td.changedSincePublished(), "and the table shows it differs from what was published");
        assertEquals(new BigDecimal("0.00"), td.publishedScore());
    }

    private AssignmentView at(TaskListView l, String body, LocalDate day) {
        return demo.tasks.assignments(demo.county, "danfeng", l.id(), null, body, day).get(0);
    }

    private static Map<String, AssignmentView> byBody(List<AssignmentView> rows) {
        return rows.stream().collect(Collectors.toMap(AssignmentView::bodyCode, Function.identity()));
    }
}
