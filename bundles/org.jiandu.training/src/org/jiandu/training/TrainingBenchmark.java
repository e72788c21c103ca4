package org.jiandu.training;

import java.util.function.Consumer;

import org.jiandu.core.security.Subject;

/**
 * A rerunnable measurement of the training module in a throw-away data directory: attendance import through the
 * service against parsing the same file alone, and compliance evaluation over many cadres and years against
 * reading the same facts alone. Each figure is the median of several runs.
 */
public interface TrainingBenchmark {

    /**
     * Refused ({@link org.jiandu.core.security.AccessDeniedException}) before anything is written unless the data
     * directory is a benchmark's own ({@code SetupService.State.BENCHMARK}) and the subject an administrator.
     * The generated spreadsheets are written to a folder of the open data directory ({@code tmp/}) that is removed
     * when the run ends, however it ends.
     *
     * @param rows   attendance rows per import file
     * @param cadres synthetic cadres added for the compliance part
     * @param years  calendar years of records per cadre, each evaluated
     * @param runs   repetitions of each timed step (the median is reported)
     */
    Report run(Subject subject, int rows, int cadres, int years, int runs, Consumer<String> log);

    /**
     * @param importMs       median wall time of {@link TrainingService#importXlsx} for one file of {@code rows} rows
     * @param parseMs        median time to only read the same file (the baseline)
     * @param complianceMs   median time of {@link TrainingService#compliance} for one year over all cadres
     * @param factsMs        median time to only read those cadres' facts (the baseline)
     * @param complianceAllYearsMs median time of {@link TrainingService#compliance(Subject, int, int)} for all the years
     */
    record Report(int rows, int runs, double importMs, double parseMs, double importRowsPerSec, int cadres, int years,
            int records, double complianceMs, double factsMs, double complianceAllYearsMs, int cores) {
    }
}
