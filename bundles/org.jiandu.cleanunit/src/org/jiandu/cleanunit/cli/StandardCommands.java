package org.jiandu.cleanunit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetDiff;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;

/** {@code jiandu cleanunit standard|target}: the indicator sets in force and the townships' targets. */
final class StandardCommands {

    private StandardCommands() {
    }

    static int standard(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("version", "out"), true, (subject, a) -> {
            String first = CleanUnitCommands.arg(a, 2, "KIND, or publish / diff");
            CleanUnitService s = CleanUnitCommands.service(cli);
            if ("publish".equals(first)) {
                CleanUnitKind k = CleanUnitCommands.kind(CleanUnitCommands.arg(a, 3, "KIND"));
                Path file = cli.path(CleanUnitCommands.arg(a, 4, "FILE.txt"));
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliFailure(ExitCode.CHECK_FAILED, "cannot read " + file + ": " + e.getMessage());
                }
                IndicatorSet draft;
                try {
                    draft = IndicatorSetFormat.parse(k, text);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(ExitCode.CHECK_FAILED, file + " " + e.getMessage());
                }
                IndicatorSet v = s.publishStandard(subject, draft);
                cli.out().printf("%s: version %d published (%d indicators, pass line %s)%n", k.label(), v.version(), v.indicators().size(),
                        IndicatorSetFormat.num(v.passLine()));
                return ExitCode.OK;
            }
            if ("diff".equals(first)) {
                CleanUnitKind k = CleanUnitCommands.kind(CleanUnitCommands.arg(a, 3, "KIND"));
                int va = Options.positiveInt(CleanUnitCommands.arg(a, 4, "version A"), "version"),
                        vb = Options.positiveInt(CleanUnitCommands.arg(a, 5, "version B"), "version");
                IndicatorSet x = s.standard(k, va).orElseThrow(() -> new CliFailure(ExitCode.CHECK_FAILED, "no version " + va));
                IndicatorSet y = s.standard(k, vb).orElseThrow(() -> new CliFailure(ExitCode.CHECK_FAILED, "no version " + vb));
                List<IndicatorSetDiff.Change> d = IndicatorSetDiff.between(x, y);
                for (IndicatorSetDiff.Change c : d) {
                    cli.out().printf("%-7s %-4s %-9s %s → %s%n", c.kind(), c.code(), c.field(), c.before() == null ? "" : c.before(),
                            c.after() == null ? "" : c.after());
                }
                cli.out().println(d.size() + " changes from version " + va + " to " + vb);
                return ExitCode.OK;
            }
            CleanUnitKind k = CleanUnitCommands.kind(first);
            IndicatorSet set = a.option("version") == null ? s.currentStandard(subject, k)
                    : s.standard(k, Options.positiveInt(a.option("version"),
                    "--version")).orElseThrow(() -> new CliFailure(ExitCode.CHECK_FAILED,
                            "no version " + a.option("version") + " of " + k.label()));
            String text = IndicatorSetFormat.write(set);
            if (a.option("out") != null) {
                Path out = cli.path(a.option("out"));
                OutputFile.write(out, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
            } else {
                cli.out().print(text);
            }
            return ExitCode.OK;
        });
    }

    static int target(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "eligible", "percent"), true, (subject, a) -> {
            String group = CleanUnitCommands.arg(a, 2, "TOWNSHIP (or county) code");
            if (a.option("eligible") == null || a.option("percent") == null) {
                throw new UsageException("--eligible N and --percent P are needed");
            }
            int eligible;
            try {
                eligible = Integer.parseInt(a.option("eligible"));
            } catch (NumberFormatException e) {
                throw new UsageException("--eligible needs a whole number");
            }
            CleanUnitCommands.service(cli).setTarget(subject, group, CleanUnitCommands.kind(a.option("kind")), eligible,
                    Options.positiveInt(a.option("percent"), "--percent"));
            cli.out().println("target set");
            return ExitCode.OK;
        });
    }
}
