package org.jiandu.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each body's score for a period: every task due in the period, scored by the scheme in force on its deadline from
 * its standing on the day of evaluation, plus the bonus given within the cap. Pure: the same tasks, schemes, period
 * and day give the same scores.
 */
public final class PeriodScores {

    /** A body's task to be scored: which body, the points it carries, its facts. */
    public record Scored(String body, BigDecimal points, TaskFacts facts) {
    }

    /** A body's result: its score and how its tasks ended. */
    public record BodyScore(String body, BigDecimal score, int onTime, int late, int failed, int missed, int pending,
            int returns) {
    }

    private PeriodScores() {
    }

    /**
     * @param versions the scoring scheme's versions; a task due before the first one is refused
     * @param bonuses  bonus points given to bodies in the period (before the cap)
     * @param asOf     the day of evaluation: reports and verifications after it are not counted
     */
    public static Map<String, BodyScore> of(Collection<Scored> tasks, List<ScoringScheme> versions, WarningPolicy policy,
            Period period, Map<String, BigDecimal> bonuses, LocalDate asOf) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Scored t : tasks) {
            LocalDate due = t.facts().deadline();
            if (!period.contains(due)) {
                continue;
            }
            ScoringScheme scheme = ScoringScheme.inForce(versions, due).orElseThrow(() -> new IllegalArgumentException(
                    "no scoring scheme is in force on " + due + ", the deadline of a task of " + t.body()));
            TaskStanding s = Standings.of(t.facts(), policy, asOf);
            int[] c = counts.computeIfAbsent(t.body(), b -> new int[6]);
            sums.merge(t.body(), Scoring.points(t.points(), s, scheme).orElse(BigDecimal.ZERO), BigDecimal::add);
            c[switch (s.status()) {
                case DONE_ON_TIME -> 0;
                case DONE_LATE -> 1;
                case FAILED -> 2;
                case OVERDUE -> 3;
                default -> 4;
            }]++;
            c[5] += s.returns();
        }
        ScoringScheme capping = ScoringScheme.inForce(versions, period.last()).orElse(null);
        bonuses.forEach((body, given) -> {
            if (capping != null && given.signum() != 0) {
                counts.computeIfAbsent(body, b -> new int[6]);
                sums.merge(body, Scoring.bonus(given, capping), BigDecimal::add);
            }
        });
        Map<String, BodyScore> result = new TreeMap<>();
        counts.forEach((body, c) -> result.put(body, new BodyScore(body, sums.getOrDefault(body,
                BigDecimal.ZERO).setScale(Scoring.SCALE), c[0], c[1], c[2], c[3], c[4], c[5])));
        return result;
    }

    /** The period's ranking of {@link #of}'s scores. */
    public static List<Ranking.Place> ranking(Map<String, BodyScore> scores) {
        Map<String, BigDecimal> plain = new TreeMap<>();
        scores.forEach((body, s) -> plain.put(body, s.score()));
        return Ranking.of(plain);
    }
}
