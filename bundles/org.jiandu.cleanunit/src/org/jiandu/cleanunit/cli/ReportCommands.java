package org.jiandu.cleanunit.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;

/** {@code jiandu cleanunit report|score|list}: coverage per kind and township, a unit's score, the creations. */
final class ReportCommands {

    private ReportCommands() {
    }

    static int report(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year", "out"), true, (subject, a) -> {
            int year = CleanUnitCommands.year(a);
            List<CoverageRow> rows = CleanUnitCommands.service(cli).coverage(subject, year);
            if (a.option("out") != null) {
                Path out = cli.path(a.option("out"));
                OutputFile.write(out, f -> CleanUnitCommands.service(cli).exportCoverage(subject, year, f));
            }
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", year);
                m.put("rows", rows.stream().map(ReportCommands::json).toList());
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("%s %s %6s %6s %7s %6s %6s %7s %7s %6s %7s%n", CleanUnitCommands.pad("township", 18),
                        CleanUnitCommands.pad("kind", 6), "elig.", "decl.",
                        "process", "publ.", "review", "revoked", "meeting", "target", "cover%");
                boolean zh = "zh".equals(Locale.getDefault().getLanguage());
                for (CoverageRow r : rows) {
                    cli.out().printf("%s %s %6d %6d %7d %6d %6d %7d %7d %5d%% %6.1f%%%s%n",
                            CleanUnitCommands.pad(r.groupName() == null ? (zh ? "合计" : "total") : r.groupName(), 18),
                            CleanUnitCommands.pad(r.kind() == null ? (zh ? "全部" : "all") : r.kind().shortLabel(), 6), r.eligible(),
                                    r.declared(), r.inProcess(), r.published(),
                            r.underReview(), r.revoked(), r.meeting(), r.targetPercent(), r.coveragePercent(), r.reachesTarget() ? ""
                                    : "  below target");
                }
            }
            return ExitCode.OK;
        });
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

    static int score(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind"), true, (subject, a) -> {
            String unit = CleanUnitCommands.arg(a, 2, "UNIT (a unit, village or family:CADRE code)");
            CleanUnitService s = CleanUnitCommands.service(cli);
            List<CreationView> creations = s.creationsOf(subject, unit);
            if (creations.isEmpty() && !unit.startsWith("family:")) {
                creations = s.creationsOf(subject, "family:" + unit);
            }
            if (a.option("kind") != null) {
                CleanUnitKind k = CleanUnitCommands.kind(a.option("kind"));
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

    static int list(CliContext cli, Args args) {
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
            CreationFilter f = new CreationFilter(a.option("kind") == null ? null
                    : CleanUnitCommands.kind(a.option("kind")), status, a.option("township"),
                    a.option("text"), Integer.MAX_VALUE);
            List<CreationView> rows = CleanUnitCommands.service(cli).creations(subject, f);
            if (a.option("out") != null) {
                Path out = cli.path(a.option("out"));
                OutputFile.write(out, file -> CleanUnitCommands.service(cli).exportCreations(subject, f, file));
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(rows.stream().map(ReportCommands::json).toList()));
            } else {
                for (CreationView c : rows) {
                    cli.out().printf("%6d %s %s %s %s %s%s%n", c.id(), CleanUnitCommands.pad(c.unitName(), 30),
                            CleanUnitCommands.pad(c.kind().shortLabel(), 5),
                            CleanUnitCommands.pad(c.groupName(), 16), CleanUnitCommands.pad(c.status().label(), 10),
                                    Double.isNaN(c.latestTotal()) ? "" : IndicatorSetFormat.num(c.latestTotal()),
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
}
