package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiandu.tasks.Ranking;
import org.jiandu.tasks.Scoring;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskStanding;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.Warning;
import org.junit.jupiter.api.Test;

/** 量化考评: a task's points under a versioned scheme, bonuses within a cap, rankings with shared places. */
class ScoringTest {

    private static final LocalDate DUE = LocalDate.of(2026, 9, 20);
    private static final ScoringScheme V1 = new ScoringScheme(1, LocalDate.of(2026, 1, 1), d("0.1"), d("0.5"),
            d("0.2"), d("0"), d("-0.5"), d("5"));
    private static final BigDecimal TEN = d("10");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal score(TaskStatus status, int late, int returns, ScoringScheme scheme) {
        TaskStanding s = new TaskStanding(status, Warning.NONE, DUE, late, returns);
        return Scoring.points(TEN, s, scheme).orElseThrow();
    }

    @Test
    void eachOutcomeScoresItsShare() {
        assertEquals(d("10.00"), score(TaskStatus.DONE_ON_TIME, 0, 0, V1));
        assertEquals(d("7.00"), score(TaskStatus.DONE_LATE, 3, 0, V1), "0.1 a day for 3 days");
        assertEquals(d("5.00"), score(TaskStatus.DONE_LATE, 9, 0, V1), "never below the floor of 0.5");
        assertEquals(d("8.00"), score(TaskStatus.DONE_ON_TIME, 0, 1, V1), "one return costs 0.2");
        assertEquals(d("3.00"), score(TaskStatus.DONE_LATE, 9, 1, V1), "floor first, then the return");
        assertEquals(d("0.00"), score(TaskStatus.DONE_ON_TIME, 0, 7, V1), "returns never make a done task negative");
        assertEquals(d("0.00"), score(TaskStatus.FAILED, 0, 0, V1));
        assertEquals(d("-5.00"), score(TaskStatus.OVERDUE, 12, 0, V1), "still not reported at the period's end");
    }

    @Test
    void unfinishedWorkIsNotScoredYet() {
        for (TaskStatus s : List.of(TaskStatus.OPEN, TaskStatus.DUE_SOON, TaskStatus.AWAITING_VERIFICATION)) {
            assertTrue(Scoring.points(TEN, new TaskStanding(s, Warning.NONE, DUE, 0, 0), V1).isEmpty(), s.name());
        }
    }

    @Test
    void theVersionInForceOnTheDeadlineScores() {
        ScoringScheme v2 = new ScoringScheme(2, LocalDate.of(2026, 10, 1), d("0.2"), d("0.3"), d("0.2"), d("-0.2"),
                d("-1"), d("3"));
        List<ScoringScheme> versions = List.of(v2, V1);
        assertEquals(V1, ScoringScheme.inForce(versions, DUE).orElseThrow());
        assertEquals(v2, ScoringScheme.inForce(versions, LocalDate.of(2026, 10, 1)).orElseThrow());
        assertTrue(ScoringScheme.inForce(versions, LocalDate.of(2025, 12, 31)).isEmpty(), "before any version");
        assertEquals(d("4.00"), score(TaskStatus.DONE_LATE, 3, 0, v2));
        assertEquals(d("7.00"), score(TaskStatus.DONE_LATE, 3, 0, V1), "the old version's score is unchanged");
    }

    @Test
    void bonusesStayWithinTheCap() {
        assertEquals(d("2.00"), Scoring.bonus(d("2"), V1));
        assertEquals(d("5.00"), Scoring.bonus(d("8"), V1));
        assertThrows(IllegalArgumentException.class, () -> Scoring.bonus(d("-1"), V1));
    }

    @Test
    void badSchemesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScoringScheme(0, DUE, d("0.1"), d("0.5"), d("0.2"), d("0"),
                d("0"), d("0")));
        assertThrows(IllegalArgumentException.class, () -> new ScoringScheme(1, DUE, d("1.5"), d("0.5"), d("0.2"), d("0"),
                d("0"), d("0")));
        assertThrows(IllegalArgumentException.class, () -> new ScoringScheme(1, DUE, d("0.1"), d("0.5"), d("0.2"), d("2"),
                d("0"), d("0")), "a failed task earning more than a done one");
    }

    @Test
    void equalScoresShareAPlaceAndTheNextSkips() {
        List<Ranking.Place> r = Ranking.of(Map.of("t03", d("88.50"), "t01", d("92"), "t02", d("88.5"), "t04", d("70")));
        assertEquals(List.of("t01", "t02", "t03", "t04"), r.stream().map(Ranking.Place::code).toList());
        assertEquals(List.of(1, 2, 2, 4), r.stream().map(Ranking.Place::place).toList());
        assertTrue(Ranking.of(Map.of()).isEmpty());
    }
}
