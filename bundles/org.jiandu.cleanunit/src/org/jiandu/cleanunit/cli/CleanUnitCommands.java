package org.jiandu.cleanunit.cli;

import java.time.LocalDate;
import java.util.Set;

import org.jiandu.cleanunit.CleanUnitBenchmark;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;

/** {@code jiandu cleanunit …}: clean-unit creation (清廉单元创建) from the command line. */
final class CleanUnitCommands {

    private CleanUnitCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("cleanunit needs a subcommand: report, score, list, declare, step, evaluate, evidence,"
                    + " event, standard, target");
        }
        try {
            return dispatch(cli, args, sub);
        } catch (WorkflowException | IllegalArgumentException e) {
            // a refused step or bad input: the rule's message, exit 1 like any failed check
            throw new CliFailure(ExitCode.CHECK_FAILED, Failures.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw Failures.of(e, "cleanunit " + sub);
        }
    }

    static int dispatch(CliContext cli, Args args, String sub) {
        return switch (sub) {
            case "report" -> ReportCommands.report(cli, args);
            case "score" -> ReportCommands.score(cli, args);
            case "list" -> ReportCommands.list(cli, args);
            case "declare" -> WorkflowCommands.declare(cli, args);
            case "step" -> WorkflowCommands.step(cli, args);
            case "evaluate" -> WorkflowCommands.evaluate(cli, args);
            case "evidence" -> WorkflowCommands.evidence(cli, args);
            case "event" -> WorkflowCommands.event(cli, args);
            case "standard" -> StandardCommands.standard(cli, args);
            case "target" -> StandardCommands.target(cli, args);
            default -> throw new UsageException("unknown 'cleanunit " + sub
                    + "'; one of: report, score, list, declare, step, evaluate, evidence, event, standard, target");
        };
    }

    static CleanUnitService service(CliContext cli) {
        return cli.service(CleanUnitService.class);
    }

    static CleanUnitKind kind(String text) {
        if (text == null) {
            throw new UsageException("--kind is needed: agency, enterprise, school, hospital, village or family (or 清廉村居 …)");
        }
        return CleanUnitKind.parse(text).orElseThrow(() -> new UsageException("unknown kind '" + text
                + "'; one of: agency, enterprise, school, hospital, village, family"));
    }

    static int year(Args a) {
        if (a.option("year") == null) {
            return LocalDate.now().getYear();
        }
        int y = Options.positiveInt(a.option("year"), "--year");
        if (y < 2000 || y > 2100) {
            throw new UsageException("--year needs a year like 2026");
        }
        return y;
    }

    static String arg(Args a, int index, String what) {
        String v = a.command(index);
        if (v == null) {
            throw new UsageException("missing " + what);
        }
        return v;
    }

    static long id(Args a, int index) {
        try {
            return Long.parseLong(arg(a, index, "creation id"));
        } catch (NumberFormatException e) {
            throw new UsageException("a creation id is a number (see: jiandu cleanunit list), not '" + a.command(index) + "'");
        }
    }

    /** Pads to a width in terminal columns, a Chinese character taking two, so columns line up. */
    static String pad(String text, int columns) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.BASIC_LATIN ? 1 : 2;
        }
        return w >= columns ? text : text + " ".repeat(columns - w);
    }

    static int print(CliContext cli, Args a, CreationView c) {
        if (a.flag("json")) {
            cli.out().println(cli.json(ReportCommands.json(c)));
        } else {
            cli.out().printf("%d %s %s: %s%n", c.id(), c.unitName(), c.kind().label(), c.status().label());
        }
        return ExitCode.OK;
    }

    static int bench(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("units", "years", "runs"), true, (subject, a) -> {
            int units = a.option("units") == null ? 20_000 : Options.positiveInt(a.option("units"), "--units");
            int years = a.option("years") == null ? 5 : Options.positiveInt(a.option("years"), "--years");
            int runs = a.option("runs") == null ? 5 : Options.positiveInt(a.option("runs"), "--runs");
            CleanUnitBenchmark.Report r = cli.service(CleanUnitBenchmark.class).run(subject, units, years, runs,
                    msg -> cli.err().println("bench: " + msg));
            if (a.flag("json")) {
                cli.out().println(cli.json(r));
            } else {
                cli.out().printf("clean-unit benchmark, %d cores, medians of %d runs%n", r.cores(), r.runs());
                cli.out().printf("  generated:        %d units, %d evaluations, %d indicator scores in %.0f ms%n", r.units(),
                        r.evaluations(),
                        r.scores(), r.generateMs());
                cli.out().printf("  coverage report:  %.0f ms (baseline from every evaluation row %.0f ms, ratio %.2f)%n",
                        r.medianReportMs(),
                        r.medianBaselineMs(), r.medianReportMs() / r.medianBaselineMs());
                cli.out().printf("  creation list:    %.0f ms (all %d creations in scope, the dashboard's table)%n", r.medianListMs(),
                        r.listed());
            }
            return ExitCode.OK;
        });
    }
}
