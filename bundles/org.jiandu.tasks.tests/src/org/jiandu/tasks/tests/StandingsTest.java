package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.Standings;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.TaskStanding;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.Warning;
import org.jiandu.tasks.WarningPolicy;
import org.junit.jupiter.api.Test;

/** Reminders, warnings and escalation as a function of a task's facts and the day (督办, 预警). */
class StandingsTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 9, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 9, 20);
    private static final WarningPolicy POLICY = new WarningPolicy(3, 5);

    private static TaskStanding on(LocalDate day, TaskReport... reports) {
        return Standings.of(new TaskFacts(ISSUED, DUE, List.of(reports)), POLICY, day);
    }

    private static LocalDate sep(int d) {
        return LocalDate.of(2026, 9, d);
    }

    @Test
    void anUnreportedTaskWarnsDayByDay() {
        // day → status, warning, days late: open, due soon from 3 days before, yellow once past, red after 5 days past
        record Row(LocalDate day, TaskStatus status, Warning warning, int late) {
        }
        List<Row> rows = List.of(new Row(sep(1), TaskStatus.OPEN, Warning.NONE, 0),
                new Row(sep(16), TaskStatus.OPEN, Warning.NONE, 0),
                new Row(sep(17), TaskStatus.DUE_SOON, Warning.NONE, 0),
                new Row(sep(20), TaskStatus.DUE_SOON, Warning.NONE, 0),
                new Row(sep(21), TaskStatus.OVERDUE, Warning.YELLOW, 1),
                new Row(sep(25), TaskStatus.OVERDUE, Warning.YELLOW, 5),
                new Row(sep(26), TaskStatus.OVERDUE, Warning.RED, 6),
                new Row(LocalDate.of(2026, 12, 31), TaskStatus.OVERDUE, Warning.RED, 102));
        for (Row r : rows) {
            TaskStanding s = on(r.day());
            assertEquals(r.status(), s.status(), "status on " + r.day());
            assertEquals(r.warning(), s.warning(), "warning on " + r.day());
            assertEquals(r.late(), s.daysLate(), "days late on " + r.day());
            assertEquals(DUE, s.deadline());
        }
    }

    @Test
    void aReportStopsTheWarningsAndWaitsForItsVerification() {
        TaskStanding s = on(sep(28), TaskReport.reported(sep(23)));
        assertEquals(TaskStatus.AWAITING_VERIFICATION, s.status());
        assertEquals(Warning.NONE, s.warning());
        assertEquals(3, s.daysLate(), "reported three days after its deadline");
    }

    @Test
    void acceptedOnTimeOrLate() {
        assertEquals(TaskStatus.DONE_ON_TIME, on(sep(30), new TaskReport(sep(20), Outcome.ACCEPTED, sep(22), null)).status());
        TaskStanding late = on(sep(30), new TaskReport(sep(24), Outcome.ACCEPTED, sep(25), null));
        assertEquals(TaskStatus.DONE_LATE, late.status());
        assertEquals(4, late.daysLate());
        assertTrue(late.status().closed());
    }

    @Test
    void aFailedOnSiteCheckEndsTheTask() {
        TaskStanding s = on(sep(30), new TaskReport(sep(18), Outcome.FAILED, sep(27), null));
        assertEquals(TaskStatus.FAILED, s.status());
        assertEquals(Warning.NONE, s.warning());
        assertTrue(s.status().closed());
    }

    @Test
    void aReturnedReportReopensTheTaskUntilItsNewDate() {
        TaskReport returned = new TaskReport(sep(18), Outcome.RETURNED, sep(19), sep(26));
        assertEquals(TaskStatus.OPEN, on(sep(19), returned).status(), "the day it came back");
        assertEquals(TaskStatus.DUE_SOON, on(sep(23), returned).status());
        TaskStanding overdue = on(sep(28), returned);
        assertEquals(TaskStatus.OVERDUE, overdue.status());
        assertEquals(Warning.YELLOW, overdue.warning());
        assertEquals(sep(26), overdue.deadline(), "the report-again date is the deadline now");
        assertEquals(1, overdue.returns());
        TaskStanding done = on(sep(30), returned, new TaskReport(sep(25), Outcome.ACCEPTED, sep(27), null));
        assertEquals(TaskStatus.DONE_ON_TIME, done.status(), "re-reported by its new date");
        assertEquals(1, done.returns());
    }

    @Test
    void factsAfterTheDayAreNotYetKnown() {
        TaskReport accepted = new TaskReport(sep(24), Outcome.ACCEPTED, sep(29), null);
        assertEquals(TaskStatus.OVERDUE, on(sep(23), accepted).status(), "before the report");
        assertEquals(TaskStatus.AWAITING_VERIFICATION, on(sep(27), accepted).status(), "before the verification");
        assertEquals(TaskStatus.DONE_LATE, on(sep(29), accepted).status());
        TaskReport returned = new TaskReport(sep(18), Outcome.RETURNED, sep(22), sep(30));
        assertEquals(TaskStatus.AWAITING_VERIFICATION, on(sep(21), returned).status(), "before it was returned");
        assertEquals(0, on(sep(21), returned).returns());
    }

    @Test
    void theSameFactsAndDayGiveTheSameStanding() {
        TaskFacts facts = new TaskFacts(ISSUED, DUE, List.of(new TaskReport(sep(18), Outcome.RETURNED, sep(19), sep(26))));
        for (int d = 1; d <= 30; d++) {
            assertEquals(Standings.of(facts, POLICY, sep(d)), Standings.of(facts, POLICY, sep(d)));
        }
    }

    @Test
    void factsThatCannotHaveHappenedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TaskFacts(ISSUED, sep(1).minusDays(1), List.of()),
                "deadline before issue");
        assertThrows(IllegalArgumentException.class,
                () -> new TaskFacts(ISSUED, DUE, List.of(TaskReport.reported(LocalDate.of(2026, 8, 31)))), "report before issue");
        assertThrows(IllegalArgumentException.class, () -> new TaskFacts(ISSUED, DUE,
                List.of(TaskReport.reported(sep(5)), TaskReport.reported(sep(6)))), "a second report while the first waits");
        assertThrows(IllegalArgumentException.class, () -> new TaskFacts(ISSUED, DUE,
                List.of(new TaskReport(sep(5), Outcome.ACCEPTED, sep(6), null), TaskReport.reported(sep(7)))),
                "a report after the task was accepted");
        assertThrows(IllegalArgumentException.class, () -> new TaskReport(sep(5), Outcome.RETURNED, sep(6), null),
                "a return without a date to report again by");
        assertThrows(IllegalArgumentException.class, () -> new TaskReport(sep(5), Outcome.ACCEPTED, sep(4), null),
                "verified before reported");
        assertThrows(IllegalArgumentException.class, () -> new TaskFacts(ISSUED, DUE,
                List.of(new TaskReport(sep(5), Outcome.RETURNED, sep(8), sep(12)), TaskReport.reported(sep(7)))),
                "a new report before the return");
    }
}
