package org.jiandu.tasks.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.tasks.Cadence;
import org.jiandu.tasks.DutyRow;
import org.jiandu.tasks.ResponsibilityService;
import org.jiandu.tasks.TaskLabels;

/** {@code jiandu tasks duties} and {@code tasks duty record|item}: main-responsibility lists and records (主体责任, 履责纪实). */
final class DutyCommands {

    private DutyCommands() {
    }

    private static ResponsibilityService service(CliContext cli) {
        return cli.service(ResponsibilityService.class);
    }

    private static String county(CliContext cli, Args a) {
        return cli.installation(a).county().id();
    }

    static int duties(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year", "as-of", "warnings"), true, (subject, a) -> {
            LocalDate asOf = Options.date(a.option("as-of"), "--as-of", LocalDate.now());
            int year = a.option("year") == null ? asOf.getYear() : Options.positiveInt(a.option("year"), "--year");
            if (year < 2000 || year > 2100) {
                throw new UsageException("--year is a year between 2000 and 2100, not " + year);
            }
            List<DutyRow> rows = service(cli).standing(subject, county(cli, a), year, asOf);
            if (a.flag("warnings")) {
                rows = rows.stream().filter(r -> !r.missing().isEmpty()).toList();
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(rows)));
                return ExitCode.OK;
            }
            for (DutyRow r : rows) {
                cli.out().printf("%4d %-8s %-26s %3d%%  %d of %d periods, %d records%s%n", r.place(), TaskLabels.of(r.kind()),
                        r.bodyName() + (r.unitName() == null ? "" : " " + r.unitName()), r.rate(), r.fulfilled(), r.ended(), r.records(),
                        r.missing().isEmpty() ? "" : "  missing: " + String.join(", ", r.missing().stream().map(m -> m.itemCode() + " "
                                + m.periodStart()).toList()));
            }
            cli.out().println(rows.size() + " units and leaders, " + rows.stream().filter(r -> !r.missing().isEmpty()).count()
                    + " with warnings");
            return ExitCode.OK;
        });
    }

    static int duty(CliContext cli, Args args) {
        String what = args.command(2);
        if ("record".equals(what)) {
            return cli.withDatabase(args, Set.of("text", "evidence", "on"), true, (subject, a) -> {
                if (a.command(4) == null) {
                    throw new UsageException("tasks duty record BODY ITEM --text T [--evidence FILE] [--on DATE]");
                }
                Path evidence = a.option("evidence") == null ? null : cli.path(a.option("evidence"));
                try {
                    service(cli).record(subject, county(cli, a), a.command(3), a.command(4), Options.date(a.option("on"), "--on",
                            LocalDate.now()), a.option("text"), evidence);
                } catch (IOException e) {
                    throw new CliFailure(ExitCode.CHECK_FAILED, "cannot keep the evidence " + evidence + ": it cannot be read or copied");
                }
                cli.out().println("recorded");
                return ExitCode.OK;
            });
        }
        if ("item".equals(what)) {
            return cli.withDatabase(args, Set.of("code", "title", "for", "cadence", "times", "year"), true, (subject, a) -> {
                String forWhom = a.option("for") == null ? "" : a.option("for").toLowerCase(Locale.ROOT);
                if (!forWhom.equals("unit") && !forWhom.equals("leader")) {
                    throw new UsageException("--for is unit or leader");
                }
                Cadence cadence;
                try {
                    cadence = Cadence.valueOf((a.option("cadence") == null ? "" : a.option("cadence")).toUpperCase(Locale.ROOT)
                            .replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--cadence is monthly, quarterly, half-yearly or yearly");
                }
                var item = service(cli).addItem(subject, county(cli, a), a.option("year") == null ? LocalDate.now().getYear()
                        : Options.positiveInt(a.option("year"), "--year"), a.option("code"), a.option("title"), forWhom.equals("leader"),
                        cadence, a.option("times") == null ? 1 : Options.positiveInt(a.option("times"), "--times"));
                cli.out().println(a.flag("json") ? cli.json(JsonValues.of(item)) : "item " + item.code() + " added");
                return ExitCode.OK;
            });
        }
        throw new UsageException("tasks duty record BODY ITEM --text T | tasks duty item --code C --title T --for unit|leader"
                + " --cadence C [--times N] [--year Y]");
    }
}
