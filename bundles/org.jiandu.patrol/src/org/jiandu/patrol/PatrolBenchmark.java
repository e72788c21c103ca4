package org.jiandu.patrol;

import java.util.List;
import java.util.function.Consumer;

/**
 * A rerunnable measurement of the planner on generated instances shaped like Shangluo's: one county (Danfeng: 12
 * townships, 157 villages, 52 units, 4 teams) and the whole city (7 counties, 42 teams), 10 rounds each.
 */
public interface PatrolBenchmark {

    /** Runs each instance with {@code runs} seeds; the figures are medians. */
    List<Result> run(int steps, int runs, Consumer<String> log);

    /**
     * @param constructionMs time to the first complete plan (construction only, no search)
     * @param totalMs        time to the reported score (construction and {@code steps} search steps)
     * @param constructionScore the first plan's soft score (the baseline the search improves on)
     */
    record Result(String instance, int targets, int teams, int rounds, int steps, double constructionMs, double totalMs,
            int hardViolations, int unplannable, long constructionScore, long softScore, long lowerBound, double gap) {
    }
}
