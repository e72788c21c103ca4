package org.jiandu.cleanunit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jiandu.cleanunit.CleanUnitBenchmark;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetDiff;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;

/** {@code jiandu cleanunit …}: clean-unit creation (清廉单元创建) from the command line. */
final class CleanUnitCommands {

    private CleanUnitCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("cleanunit needs a subcommand: report, score, list, declare, step, evaluate, evidence, event,"
                    + " standard, target");
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

    private static int dispatch(CliContext cli, Args args, String sub) {
        return switch (sub) {
            case "report" -> report(cli, args);
            case "score" -> score(cli, args);
            case "list" -> list(cli, args);
            case "declare" -> declare(cli, args);
            case "step" -> step(cli, args);
            case "evaluate" -> evaluate(cli, args);
            case "evidence" -> evidence(cli, args);
            case "event" -> event(cli, args);
            case "standard" -> standard(cli, args);
            case "target" -> target(cli, args);
            default -> throw new UsageException("unknown 'cleanunit " + sub
                    + "'; one of: report, score, list, declare, step, evaluate, evidence, event, standard, target");
        };
    }

    private static CleanUnitService service(CliContext cli) {
        return cli.service(CleanUnitService.class);
    }

    static CleanUnitKind kind(String text) {
        if (text == null) {
            throw new UsageException("--kind is needed: agency, enterprise, school, hospital, village or family (or 清廉村居 …)");
        }
        return CleanUnitKind.parse(text).orElseThrow(() -> new UsageException("unknown kind '" + text
                + "'; one of: agency, enterprise, school, hospital, village, family"));
    }

    private static int year(Args a) {
        if (a.option("year") == null) {
            return LocalDate.now().getYear();
        }
        int y = Options.positiveInt(a.option("year"), "--year");
        if (y < 2000 || y > 2100) {
            throw new UsageException("--year needs a year like 2026");
        }
        return y;
    }

    private static String arg(Args a, int index, String what) {
        String v = a.command(index);
        if (v == null) {
            throw new UsageException("missing " + what);
        }
        return v;
    }

    private static long id(Args a, int index) {
        try {
            return Long.parseLong(arg(a, index, "creation id"));
        } catch (NumberFormatException e) {
            throw new UsageException("a creation id is a number (see: jiandu cleanunit list), not '" + a.command(index) + "'");
        }
    }

    private static int report(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year", "out"), true, (subject, a) -> {
            int year = year(a);
            List<CoverageRow> rows = service(cli).coverage(subject, year);
            if (a.option("out") != null) {
                Path out = Path.of(a.option("out"));
                OutputFile.write(out, f -> service(cli).exportCoverage(subject, year, f));
            }
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", year);
                m.put("rows", rows.stream().map(CleanUnitCommands::json).toList());
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("%s %s %6s %6s %7s %6s %6s %7s %7s %6s %7s%n", pad("township", 18), pad("kind", 6), "elig.", "decl.",
                        "process", "publ.", "review", "revoked", "meeting", "target", "cover%");
                boolean zh = "zh".equals(Locale.getDefault().getLanguage());
                for (CoverageRow r : rows) {
                    cli.out().printf("%s %s %6d %6d %7d %6d %6d %7d %7d %5d%% %6.1f%%%s%n",
                            pad(r.groupName() == null ? (zh ? "合计" : "total") : r.groupName(), 18),
                            pad(r.kind() == null ? (zh ? "全部" : "all") : r.kind().shortLabel(), 6), r.eligible(), r.declared(),
                                    r.inProcess(), r.published(),
                            r.underReview(), r.revoked(), r.meeting(), r.targetPercent(), r.coveragePercent(), r.reachesTarget() ? ""
                                    : "  below target");
                }
            }
            return ExitCode.OK;
        });
    }

    /** Pads to a width in terminal columns, a Chinese character taking two, so columns line up. */
    static String pad(String text, int columns) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.BASIC_LATIN ? 1 : 2;
        }
        return w >= columns ? text : text + " ".repeat(columns - w);
    }

    static Map<String, Object> json(CoverageRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("township", r.groupCode());
        m.put("townshipName", r.groupName());
        m.put("kind", r.kind() == null ? null : r.kind().name().toLowerCase(Locale.ROOT));
        m.put("eligible", r.eligible());
        m.put("declared", r.declared());
        m.put("inProcess", r.inProcess());
        m.put("published", r.published());
        m.put("underReview", r.underReview());
        m.put("revoked", r.revoked());
        m.put("rejected", r.rejected());
        m.put("meetingStandard", r.meeting());
        m.put("target", r.targetPercent());
        m.put("coverage", r.coveragePercent());
        m.put("monitoringDue", r.monitoringDue());
        return m;
    }

    private static int score(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind"), true, (subject, a) -> {
            String unit = arg(a, 2, "UNIT (a unit, village or family:CADRE code)");
            CleanUnitService s = service(cli);
            List<CreationView> creations = s.creationsOf(subject, unit);
            if (creations.isEmpty() && !unit.startsWith("family:")) {
                creations = s.creationsOf(subject, "family:" + unit);
            }
            if (a.option("kind") != null) {
                CleanUnitKind k = kind(a.option("kind"));
                creations = creations.stream().filter(c -> c.kind() == k).toList();
            }
            if (creations.isEmpty()) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "no creation of unit " + unit + " in your scope");
            }
            EvaluationView latest = null;
            CreationView of = null;
            for (CreationView c : creations) {
                for (EvaluationView e : s.evaluations(subject, c.id())) {
                    if (latest == null || e.scoredAt().isAfter(latest.scoredAt())) {
                        latest = e;
                        of = c;
                    }
                }
            }
            if (latest == null) {
                throw new CliFailure(ExitCode.CHECK_FAILED, unit + " has not been scored yet (status: " + creations.get(0).status().label()
                        + ")");
            }
            IndicatorSet set = s.standard(latest.kind(), latest.standardVersion()).orElseThrow();
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unit", of.unitCode());
                m.put("name", of.unitName());
                m.put("kind", of.kind().name().toLowerCase(Locale.ROOT));
                m.put("status", of.status().name().toLowerCase(Locale.ROOT));
                m.put("evaluation", latest.id());
                m.put("stage", latest.stage().name().toLowerCase(Locale.ROOT));
                m.put("year", latest.year());
                m.put("standardVersion", latest.standardVersion());
                m.put("standard", set.title());
                m.put("points", latest.points());
                m.put("bonus", latest.bonus());
                m.put("total", latest.total());
                m.put("passLine", set.passLine());
                m.put("passed", latest.passed());
                m.put("tier", latest.tier());
                m.put("knockOuts", latest.knockOuts());
                m.put("scoredBy", latest.scoredBy());
                m.put("scoredAt", latest.scoredAt().toString());
                m.put("indicators", latest.scores().stream().map(x -> {
                    Map<String, Object> i = new LinkedHashMap<>();
                    IndicatorSet.Indicator ind = set.indicator(x.indicator()).orElseThrow();
                    i.put("code", x.indicator());
                    i.put("area", ind.area());
                    i.put("text", ind.name());
                    i.put("max", ind.maxPoints());
                    i.put("points", x.points());
                    i.put("note", x.note());
                    return i;
                }).toList());
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("%s (%s, %s): %s %d, %s 第%d版%n", of.unitName(), of.kind().label(), of.status().label(),
                        latest.stage().label(), latest.year(), set.title(), latest.standardVersion());
                for (EvaluationView.Score x : latest.scores()) {
                    IndicatorSet.Indicator ind = set.indicator(x.indicator()).orElseThrow();
                    cli.out().printf("  %-4s %5s / %-3s %s%s%n", x.indicator(), IndicatorSetFormat.num(x.points()),
                            IndicatorSetFormat.num(ind.maxPoints()), ind.name(), x.note() == null ? "" : "  [" + x.note() + "]");
                }
                cli.out().printf("  bonus %s, total %s (pass line %s): %s%s%n", IndicatorSetFormat.num(latest.bonus()),
                        IndicatorSetFormat.num(latest.total()), IndicatorSetFormat.num(set.passLine()), latest.passed() ? "passed"
                                : "not passed",
                        latest.tier() == null ? "" : ", " + latest.tier()
                                + (latest.knockOuts().isEmpty() ? "" : ", knock-out " + latest.knockOuts()));
            }
            return ExitCode.OK;
        });
    }

    private static int list(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "status", "township", "text", "out"), true, (subject, a) -> {
            CreationStatus status = null;
            if (a.option("status") != null) {
                try {
                    status = CreationStatus.valueOf(a.option("status").toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--status is one of " + String.join(", ", Arrays.stream(CreationStatus.values())
                            .map(x -> x.name().toLowerCase(Locale.ROOT)).toList()));
                }
            }
            CreationFilter f = new CreationFilter(a.option("kind") == null ? null : kind(a.option("kind")), status, a.option("township"),
                    a.option("text"), Integer.MAX_VALUE);
            List<CreationView> rows = service(cli).creations(subject, f);
            if (a.option("out") != null) {
                Path out = Path.of(a.option("out"));
                OutputFile.write(out, file -> service(cli).exportCreations(subject, f, file));
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(rows.stream().map(CleanUnitCommands::json).toList()));
            } else {
                for (CreationView c : rows) {
                    cli.out().printf("%6d %s %s %s %s %s%s%n", c.id(), pad(c.unitName(), 30), pad(c.kind().shortLabel(), 5),
                            pad(c.groupName(), 16), pad(c.status().label(), 10), Double.isNaN(c.latestTotal()) ? ""
                                    : IndicatorSetFormat.num(c.latestTotal()),
                            c.site() ? " 示范点" : "");
                }
                cli.out().println(rows.size() + " creations");
            }
            return ExitCode.OK;
        });
    }

    static Map<String, Object> json(CreationView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("version", c.version());
        m.put("unit", c.unitCode());
        m.put("name", c.unitName());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("township", c.groupCode());
        m.put("status", c.status().name().toLowerCase(Locale.ROOT));
        m.put("since", c.statusSince().toString());
        m.put("tier", c.tier());
        m.put("latestTotal", Double.isNaN(c.latestTotal()) ? null : c.latestTotal());
        m.put("site", c.site());
        m.put("follows", c.siteName());
        m.put("openEvents", c.openEvents());
        return m;
    }

    private static int declare(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "on"), true, (subject, a) -> {
            CreationView c = service(cli).declare(subject, arg(a, 2, "UNIT"), kind(a.option("kind")),
                    Options.date(a.option("on"), "--on", null));
            return print(cli, a, c);
        });
    }

    private static int print(CliContext cli, Args a, CreationView c) {
        if (a.flag("json")) {
            cli.out().println(cli.json(json(c)));
        } else {
            cli.out().printf("%d %s %s: %s%n", c.id(), c.unitName(), c.kind().label(), c.status().label());
        }
        return ExitCode.OK;
    }

    private static int step(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("reason", "on"), true, (subject, a) -> {
            long id = id(a, 2);
            String actionText = arg(a, 3, "ACTION");
            CreationAction action = CreationAction.parse(actionText).orElseThrow(() -> new UsageException("unknown action '" + actionText
                    + "'; one of " + String.join(", ", Arrays.stream(CreationAction.values()).map(x -> x.name().toLowerCase(
                            Locale.ROOT)).toList())));
            return print(cli, a, service(cli).transition(subject, id, -1, action, a.option("reason"), Options.date(a.option("on"),
                    "--on", null)));
        });
    }

    private static int evaluate(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("stage", "scores", "year", "bonus", "knockout"), true, (subject, a) -> {
            long id = id(a, 2);
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
            Path file = Path.of(a.option("scores"));
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
            EvaluationView e = service(cli).score(subject, id, stage, year(a), scores, bonus, knockOuts, notes);
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

    private static int evidence(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            long id = id(a, 2);
            Path file = Path.of(arg(a, 4, "FILE"));
            try {
                var e = service(cli).addEvidence(subject, id, arg(a, 3, "INDICATOR"), file);
                cli.out().printf("evidence %d: %s for %s, sha256 %s%n", e.id(), e.fileName(), e.indicator(), e.sha256());
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot store " + file + ": " + e.getMessage());
            }
            return ExitCode.OK;
        });
    }

    private static int event(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("text", "case", "on"), true, (subject, a) -> {
            var events = service(cli).negativeEvent(subject, arg(a, 2, "UNIT"), a.option("case") == null ? "MANUAL"
                    : "CASE", a.option("case"),
                    a.option("text"), Options.date(a.option("on"), "--on", null));
            for (var e : events) {
                CreationView c = service(cli).creation(subject, e.creationId()).orElseThrow();
                cli.out().printf("%d %s %s: %s (%s)%n", c.id(), c.unitName(), c.kind().label(), c.status().label(), e.description());
            }
            return ExitCode.OK;
        });
    }

    private static int standard(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("version", "out"), true, (subject, a) -> {
            String first = arg(a, 2, "KIND, or publish / diff");
            CleanUnitService s = service(cli);
            if ("publish".equals(first)) {
                CleanUnitKind k = kind(arg(a, 3, "KIND"));
                Path file = Path.of(arg(a, 4, "FILE.txt"));
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
                CleanUnitKind k = kind(arg(a, 3, "KIND"));
                int va = Options.positiveInt(arg(a, 4, "version A"), "version"),
                        vb = Options.positiveInt(arg(a, 5, "version B"), "version");
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
            CleanUnitKind k = kind(first);
            IndicatorSet set = a.option("version") == null ? s.currentStandard(subject, k)
                    : s.standard(k, Options.positiveInt(a.option("version"),
                    "--version")).orElseThrow(() -> new CliFailure(ExitCode.CHECK_FAILED,
                            "no version " + a.option("version") + " of " + k.label()));
            String text = IndicatorSetFormat.write(set);
            if (a.option("out") != null) {
                Path out = Path.of(a.option("out"));
                OutputFile.write(out, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
            } else {
                cli.out().print(text);
            }
            return ExitCode.OK;
        });
    }

    private static int target(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "eligible", "percent"), true, (subject, a) -> {
            String group = arg(a, 2, "TOWNSHIP (or county) code");
            if (a.option("eligible") == null || a.option("percent") == null) {
                throw new UsageException("--eligible N and --percent P are needed");
            }
            int eligible;
            try {
                eligible = Integer.parseInt(a.option("eligible"));
            } catch (NumberFormatException e) {
                throw new UsageException("--eligible needs a whole number");
            }
            service(cli).setTarget(subject, group, kind(a.option("kind")), eligible, Options.positiveInt(a.option("percent"), "--percent"));
            cli.out().println("target set");
            return ExitCode.OK;
        });
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
