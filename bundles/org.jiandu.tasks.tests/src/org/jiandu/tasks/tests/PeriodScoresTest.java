package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.Period;
import org.jiandu.tasks.PeriodScores;
import org.jiandu.tasks.PeriodScores.BodyScore;
import org.jiandu.tasks.PeriodScores.Scored;
import org.jiandu.tasks.Ranking;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.WarningPolicy;
import org.junit.jupiter.api.Test;

/** A month, a quarter, a year: which tasks count, as of which day, with bonuses and the ranking. */
class PeriodScoresTest {

    private static final ScoringScheme V1 = new ScoringScheme(1, LocalDate.of(2026, 1, 1), d("0.1"), d("0.5"),
            d("0.2"), d("0"), d("-0.5"), d("5"));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static LocalDate day(int m, int d) {
        return LocalDate.of(2026, m, d);
    }

    /** A task of 10 points issued on the 1st of its month. */
    private static Scored task(String body, LocalDate due, TaskReport... reports) {
        return new Scored(body, d("10"), new TaskFacts(due.withDayOfMonth(1), due, List.of(reports)));
    }

    @Test
    void periodsAreParsedOrRefusedInOneSentence() {
        assertEquals(new Period("2026-Q3", day(7, 1), day(9, 30)), Period.parse("2026-q3"));
        assertEquals(new Period("2026-02", day(2, 1), day(2, 28)), Period.parse(" 2026-02 "));
        assertEquals(new Period("2026", day(1, 1), day(12, 31)), Period.parse("2026"));
        for (String bad : List.of("2026-13", "2026-Q5", "Q3", "", "2026/09")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
            assertEquals(true, e.getMessage().contains("'" + bad.strip() + "'"), e.getMessage());
        }
    }

    @Test
    void aMonthScoresTheTasksDueInItAsOfTheDayOfEvaluation() {
        List<Scored> tasks = List.of(
                task("t01", day(9, 20), new TaskReport(day(9, 19), Outcome.ACCEPTED, day(9, 22), null)),   // 10
                task("t01", day(9, 25), new TaskReport(day(9, 27), Outcome.ACCEPTED, day(10, 3), null)),   // 8, known 10-03
                task("t02", day(9, 20), new TaskReport(day(9, 18), Outcome.RETURNED, day(9, 19), day(9, 24)),
                        new TaskReport(day(9, 23), Outcome.ACCEPTED, day(9, 24), null)),                    // 10 - 2
                task("t02", day(9, 28)),                                                                    // missed: -5
                task("t03", day(9, 15), new TaskReport(day(9, 14), Outcome.FAILED, day(9, 18), null)),     // 0
                task("t03", day(10, 5)));                                                                   // next month
        Period sep = Period.parse("2026-09");
        Map<String, BodyScore> on30 = PeriodScores.of(tasks, List.of(V1), WarningPolicy.DEFAULT, sep, Map.of(), day(9, 30));
        assertEquals(new BodyScore("t01", d("10.00"), 1, 0, 0, 0, 1, 0), on30.get("t01"), "the late one not verified yet");
        assertEquals(new BodyScore("t02", d("3.00"), 1, 0, 0, 1, 0, 1), on30.get("t02"));
        assertEquals(new BodyScore("t03", d("0.00"), 0, 0, 1, 0, 0, 0), on30.get("t03"), "October's task not counted");
        Map<String, BodyScore> oct5 = PeriodScores.of(tasks, List.of(V1), WarningPolicy.DEFAULT, sep,
                Map.of("t03", d("7"), "t02", d("1")), day(10, 5));
        assertEquals(d("18.00"), oct5.get("t01").score(), "the late report verified since: 10 + 8");
        assertEquals(d("4.00"), oct5.get("t02").score(), "a bonus of 1");
        assertEquals(d("5.00"), oct5.get("t03").score(), "a bonus of 7 cut to the cap of 5");
        List<Ranking.Place> ranking = PeriodScores.ranking(oct5);
        assertEquals(List.of("t01", "t03", "t02"), ranking.stream().map(Ranking.Place::code).toList());
    }

    @Test
    void aTaskDueBeforeAnySchemeIsRefused() {
        Scored old = task("t01", LocalDate.of(2025, 12, 20));
        assertThrows(IllegalArgumentException.class, () -> PeriodScores.of(List.of(old), List.of(V1),
                WarningPolicy.DEFAULT, Period.parse("2025"), Map.of(), day(1, 5)));
    }
}
