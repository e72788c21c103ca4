package org.jiandu.training.cli;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.CliProgress;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.ImportOutput;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.office.ImportReport;
import org.jiandu.training.ImportKind;
import org.jiandu.training.TrainingBenchmark;
import org.jiandu.training.TrainingService;
import org.jiandu.training.TrainingValidationException;

/** {@code jiandu training ...}: training records, rules and compliance of the training module. */
final class TrainingCommands {

    private TrainingCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("training needs a subcommand: import, compliance, transcript, sessions, rules, rule, "
                    + "assign, confirm, reelection, staffing, freeze, diff");
        }
        try {
            return switch (sub) {
                case "import" -> importFile(cli, args);
                case "compliance" -> ComplianceCommands.compliance(cli, args);
                case "transcript" -> ComplianceCommands.transcript(cli, args);
                case "sessions" -> SessionCommands.sessions(cli, args);
                case "session" -> SessionCommands.addSession(cli, args);
                case "certificate" -> SessionCommands.certificate(cli, args);
                case "rules" -> SessionCommands.rules(cli, args);
                case "rule" -> SessionCommands.rule(cli, args);
                case "assign" -> SessionCommands.assign(cli, args);
                case "confirm" -> SessionCommands.confirm(cli, args);
                case "reelection" -> SessionCommands.reelection(cli, args);
                case "staffing" -> ComplianceCommands.staffing(cli, args);
                case "freeze" -> ComplianceCommands.freeze(cli, args);
                case "diff" -> ComplianceCommands.diff(cli, args);
                default -> throw new UsageException("unknown 'training " + sub + "'");
            };
        } catch (TrainingValidationException e) {
            throw new CliFailure(ExitCode.CHECK_FAILED, "refused: " + Failures.oneLine(String.join("; ", e.problems())));
        } catch (RuntimeException e) {
            throw Failures.of(e, "training " + sub);
        }
    }

    static TrainingService service(CliContext cli) {
        return cli.service(TrainingService.class);
    }

    static int year(Args a) {
        String y = a.option("year");
        if (y == null) {
            return LocalDate.now().getYear();
        }
        int n = Options.positiveInt(y, "--year");
        if (n < 2000 || n > 2100) {
            throw new UsageException("--year needs a year like 2026, not '" + y + "'");
        }
        return n;
    }

    /** For a past year its last day, for this year today: the date a yearly report is evaluated as of. */
    static LocalDate asOf(Args a, int year) {
        return Options.date(a.option("as-of"), "--as-of", TrainingService.asOf(year));
    }

    static int importFile(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "map", "good-rows"), true, (subject, a) -> {
            String file = a.command(2);
            if (file == null) {
                throw new UsageException("training import needs FILE.xlsx");
            }
            if (!Files.isRegularFile(cli.path(file))) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "no file " + file);
            }
            String k = a.option("kind") == null ? "attendance" : a.option("kind").toLowerCase(Locale.ROOT);
            ImportKind kind = switch (k) {
                case "roster" -> ImportKind.ROSTER;
                case "attendance" -> ImportKind.ATTENDANCE;
                default -> throw new UsageException("--kind is roster or attendance, not '" + k + "'");
            };
            Map<String, String> mapping = new LinkedHashMap<>();
            if (a.option("map") != null) {
                for (String pair : a.option("map").split(",")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                        throw new UsageException("--map needs field=Header pairs separated by commas, e.g. cadre=工号,session=班次");
                    }
                    mapping.put(kv[0].strip(), kv[1].strip());
                }
            }
            ImportReport r = service(cli).importXlsx(subject, cli.path(file), kind, mapping, a.flag("good-rows"),
                    new CliProgress(cli.err(), "importing"));
            cli.err().print("\r");
            if (a.flag("json")) {
                cli.out().println(cli.json(ImportOutput.json(r)));
            } else {
                ImportOutput.print(cli.out(), r);
            }
            return r.imported() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        });
    }

    /** {@code jiandu bench training [--rows N] [--cadres N] [--years N] [--runs N]}. */
    static int bench(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("rows", "cadres", "years", "runs"), true, (subject, a) -> {
            int rows = a.option("rows") == null ? 100_000 : Options.positiveInt(a.option("rows"), "--rows");
            int cadres = a.option("cadres") == null ? 10_000 : Options.positiveInt(a.option("cadres"), "--cadres");
            int years = a.option("years") == null ? 5 : Options.positiveInt(a.option("years"), "--years");
            int runs = a.option("runs") == null ? 3 : Options.positiveInt(a.option("runs"), "--runs");
            TrainingBenchmark.Report r = cli.service(TrainingBenchmark.class).run(subject, rows, cadres, years, runs,
                    msg -> cli.err().println("bench: " + msg));
            if (a.flag("json")) {
                cli.out().println(cli.json(r));
            } else {
                cli.out().printf("training benchmark, %d cores, medians of %d runs%n", r.cores(), r.runs());
                cli.out().printf("  attendance import:  %d rows in %.0f ms (%.0f rows/s); reading the file alone %.0f ms (ratio %.1f)%n",
                        r.rows(), r.importMs(), r.importRowsPerSec(), r.parseMs(), r.importMs() / r.parseMs());
                cli.out().printf("  compliance:         %d cadres, %d records over %d years: one year %.0f ms;"
                        + " all %d years at once %.0f ms%n",
                        r.cadres(), r.records(), r.years(), r.complianceMs(), r.years(), r.complianceAllYearsMs());
                cli.out().printf("                      reading the facts alone %.0f ms (ratio one year / facts %.2f)%n", r.factsMs(),
                        r.complianceMs() / r.factsMs());
            }
            return ExitCode.OK;
        });
    }
}
