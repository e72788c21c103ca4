package org.jiandu.cleanunit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;

/** {@code jiandu cleanunit declare|step|evaluate|evidence|event}: a creation from declaration to title. */
final class WorkflowCommands {

    private WorkflowCommands() {
    }

    static int declare(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "on"), true, (subject, a) -> {
            CreationView c = CleanUnitCommands.service(cli).declare(subject, CleanUnitCommands.arg(a, 2, "UNIT"),
                    CleanUnitCommands.kind(a.option("kind")),
                    Options.date(a.option("on"), "--on", null));
            return CleanUnitCommands.print(cli, a, c);
        });
    }

    static int step(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("reason", "on"), true, (subject, a) -> {
            long id = CleanUnitCommands.id(a, 2);
            String actionText = CleanUnitCommands.arg(a, 3, "ACTION");
            CreationAction action = CreationAction.parse(actionText).orElseThrow(() -> new UsageException("unknown action '" + actionText
                    + "'; one of " + String.join(", ", Arrays.stream(CreationAction.values()).map(x -> x.name().toLowerCase(
                            Locale.ROOT)).toList())));
            return CleanUnitCommands.print(cli, a,
                    CleanUnitCommands.service(cli).transition(subject, id, -1, action, a.option("reason"), Options.date(a.option("on"),
                    "--on", null)));
        });
    }

    static int evaluate(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("stage", "scores", "year", "bonus", "knockout"), true, (subject, a) -> {
            long id = CleanUnitCommands.id(a, 2);
            String st = a.option("stage");
            EvaluationStage stage;
            try {
                stage = EvaluationStage.valueOf(st == null ? "" : st.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--stage is one of self, on_site, monitoring");
            }
            if (a.option("scores") == null) {
                throw new UsageException("--scores FILE.csv is needed (indicator,points[,note] per line)");
            }
            Map<String, Double> scores = new HashMap<>();
            Map<String, String> notes = new HashMap<>();
            Path file = cli.path(a.option("scores"));
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot read " + file + ": " + e.getMessage());
            }
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip().replace('\uFEFF', ' ').strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 3);
                try {
                    if (f.length < 2 || scores.put(f[0].strip(), Double.parseDouble(f[1].strip())) != null) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new CliFailure(ExitCode.CHECK_FAILED, file + " line " + (n + 1)
                            + ": expected 'indicator,points[,note]' once per indicator: "
                            + line);
                }
                if (f.length == 3) {
                    notes.put(f[0].strip(), f[2].strip());
                }
            }
            double bonus;
            try {
                bonus = a.option("bonus") == null ? 0 : Double.parseDouble(a.option("bonus"));
            } catch (NumberFormatException e) {
                throw new UsageException("--bonus needs a number");
            }
            Set<String> knockOuts = new TreeSet<>();
            if (a.option("knockout") != null) {
                for (String k : a.option("knockout").split(",")) {
                    if (!k.isBlank()) {
                        knockOuts.add(k.strip());
                    }
                }
            }
            EvaluationView e = CleanUnitCommands.service(cli).score(subject, id, stage, CleanUnitCommands.year(a), scores, bonus, knockOuts,
                    notes);
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("evaluation", e.id());
                m.put("total", e.total());
                m.put("passed", e.passed());
                m.put("tier", e.tier());
                m.put("standardVersion", e.standardVersion());
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("evaluation %d: %s %s%s under version %d%n", e.id(), IndicatorSetFormat.num(e.total()), e.passed()
                        ? "passed"
                        : "not passed", e.tier() == null ? "" : " (" + e.tier() + ")", e.standardVersion());
            }
            return ExitCode.OK;
        });
    }

    static int evidence(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            long id = CleanUnitCommands.id(a, 2);
            Path file = cli.path(CleanUnitCommands.arg(a, 4, "FILE"));
            try {
                var e = CleanUnitCommands.service(cli).addEvidence(subject, id, CleanUnitCommands.arg(a, 3, "INDICATOR"), file);
                cli.out().printf("evidence %d: %s for %s, sha256 %s%n", e.id(), e.fileName(), e.indicator(), e.sha256());
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot store " + file + ": " + e.getMessage());
            }
            return ExitCode.OK;
        });
    }

    static int event(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("text", "case", "on"), true, (subject, a) -> {
            var events = CleanUnitCommands.service(cli).negativeEvent(subject, CleanUnitCommands.arg(a, 2, "UNIT"), a.option("case") == null
                    ? "MANUAL" : "CASE", a.option("case"),
                    a.option("text"), Options.date(a.option("on"), "--on", null));
            for (var e : events) {
                CreationView c = CleanUnitCommands.service(cli).creation(subject, e.creationId()).orElseThrow();
                cli.out().printf("%d %s %s: %s (%s)%n", c.id(), c.unitName(), c.kind().label(), c.status().label(), e.description());
            }
            return ExitCode.OK;
        });
    }
}
