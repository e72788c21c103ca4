package org.jiandu.tasks;

import java.util.List;
import java.util.function.Consumer;

import org.jiandu.core.security.Subject;

/**
 * A rerunnable measurement: a city's year of task lists (every body of each county, monthly lists, a report and a
 * verification for each task, some returned and reported again) generated into the open database, then every
 * county's scores and ranking for a month, a quarter and the year, against the same figures computed from every row
 * (the baseline the period's index avoids). The two must agree, or the run fails.
 */
public interface TasksBenchmark {

    /**
     * One period scored for the whole city.
     *
     * @param medianMs         median of scoring and ranking every county for the period
     * @param medianBaselineMs median of the same from every row of the tables
     * @param bodies           bodies ranked in the city
     */
    record PeriodResult(String period, double medianMs, double medianBaselineMs, int bodies) {
    }

    record Report(int counties, int bodies, int assignments, int reports, int verifications, double generateMs, List<PeriodResult> periods,
            int runs, int cores) {
    }

    Report run(Subject subject, int counties, int lists, int tasksPerList, int runs, Consumer<String> log);
}
