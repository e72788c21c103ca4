package org.jiandu.cleanunit;

import java.util.function.Consumer;

import org.jiandu.core.security.Subject;

/**
 * A rerunnable measurement: a whole city's creations (units spread over the city's townships, several years of
 * evaluations each) generated into the open database, then the coverage report and the dashboard's creation list,
 * against the same report computed from every evaluation row (the baseline the stored latest-evaluation avoids).
 */
public interface CleanUnitBenchmark {

    /**
     * @param medianReportMs  median of {@link CleanUnitService#coverage} over the city
     * @param listed          creations in the subject's scope (the generated ones and any already there)
     * @param medianListMs    median of the full creation list (the dashboard's table)
     * @param medianBaselineMs median of the same report from every evaluation row
     */
    record Report(int units, int evaluations, int scores, double generateMs, double medianReportMs, int listed, double medianListMs,
            double medianBaselineMs, int runs, int cores) {
    }

    Report run(Subject subject, int units, int years, int runs, Consumer<String> log);
}
