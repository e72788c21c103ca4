package org.jiandu.tasks.cli;

import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.tasks.TasksBenchmark;

/** {@code jiandu bench tasks}: a city's year of task lists scored and ranked, against a baseline from every row. */
final class TasksBenchCommand {

    private TasksBenchCommand() {
    }

    static int run(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("counties", "lists", "tasks", "runs"), true, (subject, a) -> {
            int counties = a.option("counties") == null ? 7 : Options.positiveInt(a.option("counties"), "--counties");
            int lists = a.option("lists") == null ? 12 : Options.positiveInt(a.option("lists"), "--lists");
            int tasks = a.option("tasks") == null ? 20 : Options.positiveInt(a.option("tasks"), "--tasks");
            int runs = a.option("runs") == null ? 5 : Options.positiveInt(a.option("runs"), "--runs");
            TasksBenchmark.Report r = cli.service(TasksBenchmark.class).run(subject, counties, lists, tasks, runs,
                    msg -> cli.err().println("bench: " + msg));
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(r)));
                return ExitCode.OK;
            }
            cli.out().printf("tasks benchmark, %d cores, medians of %d runs%n", r.cores(), r.runs());
            cli.out().printf("  generated: %d counties, %d bodies, %d body tasks, %d reports, %d verifications in %.0f ms%n", r.counties(),
                    r.bodies(), r.assignments(), r.reports(), r.verifications(), r.generateMs());
            for (TasksBenchmark.PeriodResult p : r.periods()) {
                cli.out().printf("  %-8s every county scored and ranked: %.0f ms (baseline, every row: %.0f ms, ratio %.2f), %d bodies%n",
                        p.period(), p.medianMs(), p.medianBaselineMs(), p.medianMs() / p.medianBaselineMs(), p.bodies());
            }
            return ExitCode.OK;
        });
    }
}
