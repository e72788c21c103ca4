package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiandu.tasks.Cadence;
import org.jiandu.tasks.Duties;
import org.jiandu.tasks.DutyItem;
import org.jiandu.tasks.DutyStanding;
import org.jiandu.tasks.ListRule;
import org.jiandu.tasks.ListRule.Issue;
import org.junit.jupiter.api.Test;

/** Lists issued again by rule (清单化), and main-responsibility items missing their records (履责纪实). */
class RecurrenceAndDutiesTest {

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void aMonthlyListIsIssuedOnTheFirstAndDueInItsMonth() {
        List<Issue> issues = new ListRule(Cadence.MONTHLY, 1, 31).issues(day(2026, 1, 15), day(2026, 4, 2));
        assertEquals(List.of(new Issue(day(2026, 1, 1), day(2026, 1, 31)), new Issue(day(2026, 2, 1), day(2026, 2, 28)),
                new Issue(day(2026, 3, 1), day(2026, 3, 31)), new Issue(day(2026, 4, 1), day(2026, 4, 30))), issues,
                "day 31 is February's 28th and April's 30th");
    }

    @Test
    void aQuarterlyListIsDueInItsQuartersLastMonth() {
        List<Issue> issues = new ListRule(Cadence.QUARTERLY, 5, 25).issues(day(2026, 5, 1), day(2026, 12, 31));
        assertEquals(List.of(new Issue(day(2026, 4, 5), day(2026, 6, 25)), new Issue(day(2026, 7, 5), day(2026, 9, 25)),
                new Issue(day(2026, 10, 5), day(2026, 12, 25))), issues);
        assertEquals(1, new ListRule(Cadence.YEARLY, 1, 20).issues(day(2026, 3, 1), day(2026, 3, 1)).size());
    }

    @Test
    void impossibleRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ListRule(Cadence.MONTHLY, 20, 10));
        assertThrows(IllegalArgumentException.class, () -> new ListRule(Cadence.MONTHLY, 29, 30));
        assertThrows(IllegalArgumentException.class, () -> new ListRule(Cadence.MONTHLY, 1, 32));
        assertThrows(IllegalArgumentException.class, () -> new ListRule(Cadence.MONTHLY, 1, 25)
                .issues(day(2026, 5, 1), day(2026, 4, 1)));
    }

    @Test
    void anItemShortInAnEndedPeriodWarnsAndTheCurrentOneDoesNotYet() {
        DutyItem study = new DutyItem("study", "学习部署党风廉政建设", Cadence.QUARTERLY, 1);
        DutyItem talks = new DutyItem("talks", "谈心谈话", Cadence.HALF_YEARLY, 2);
        DutyItem report = new DutyItem("report", "述责述廉", Cadence.YEARLY, 1);
        Map<String, List<LocalDate>> records = Map.of(
                "study", List.of(day(2026, 2, 10), day(2026, 8, 3), day(2025, 12, 30)),
                "talks", List.of(day(2026, 3, 1), day(2026, 7, 9)),
                "report", List.of(day(2026, 12, 20)));
        List<DutyStanding> s = Duties.of(List.of(study, talks, report), records, 2026, day(2026, 10, 15));
        assertEquals(List.of(day(2026, 4, 1)), s.get(0).missed(), "no study in the second quarter");
        assertEquals(2, s.get(0).fulfilled());
        assertEquals(3, s.get(0).ended());
        assertEquals(0, s.get(0).current(), "the fourth quarter is not over");
        assertEquals(List.of(day(2026, 1, 1)), s.get(1).missed(), "one talk where two were needed");
        assertEquals(1, s.get(1).current());
        assertFalse(s.get(2).warns(), "the year's report is not due before the year ends");
        assertEquals(0, s.get(2).current(), "a record dated after the day is not known yet");
        assertFalse(Duties.of(List.of(study), records, 2026, day(2026, 6, 30)).get(0).warns(), "its last day is still open");
        assertTrue(Duties.of(List.of(study), records, 2026, day(2026, 7, 1)).get(0).warns(), "the day after, it is missed");
        List<DutyStanding> yearEnd = Duties.of(List.of(report), records, 2026, day(2027, 1, 1));
        assertTrue(yearEnd.get(0).missed().isEmpty());
        assertEquals(1, yearEnd.get(0).fulfilled());
        assertTrue(Duties.of(List.of(report), Map.of(), 2026, day(2027, 1, 1)).get(0).warns(), "no report all year");
    }
}
