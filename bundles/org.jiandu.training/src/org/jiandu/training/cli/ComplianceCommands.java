package org.jiandu.training.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RotationView;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.Outcome;

/** {@code jiandu training compliance|transcript|staffing|freeze|diff}: who is behind, a cadre's record, posts and frozen reports. */
final class ComplianceCommands {

    private ComplianceCommands() {
    }

    static int compliance(CliContext cli, Args args) {
        if (args.option("years") != null) {
            return complianceYears(cli, args);
        }
        return cli.withDatabase(args, Set.of("year", "as-of", "out"), true, (subject, a) -> {
            int year = TrainingCommands.year(a);
            LocalDate asOf = TrainingCommands.asOf(a, year);
            ComplianceReport r = TrainingCommands.service(cli).compliance(subject, year, asOf);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            m.put("asOf", asOf.toString());
            m.put("activeCadres", r.activeCadres());
            m.put("compliant", r.compliant());
            m.put("heldToRules", r.cadres().size());
            m.put("missingAllStaff", r.missing(RequirementKind.ALL_STAFF_YEARLY).stream().map(c -> cadreJson(c,
                    c.outcome(RequirementKind.ALL_STAFF_YEARLY))).toList());
            m.put("belowHours", r.missing(RequirementKind.HOURS_PER_YEAR).stream().map(c -> {
                Map<String, Object> j = cadreJson(c, c.outcome(RequirementKind.HOURS_PER_YEAR));
                j.put("hours", c.outcome(RequirementKind.HOURS_PER_YEAR).hours());
                return j;
            }).toList());
            m.put("pipelineIncomplete", r.missing(RequirementKind.PRE_JOB_PIPELINE).stream().map(c -> cadreJson(c,
                    c.outcome(RequirementKind.PRE_JOB_PIPELINE))).toList());
            m.put("newRegulation", r.missing(RequirementKind.NEW_REGULATION).stream().map(c -> cadreJson(c,
                    c.outcome(RequirementKind.NEW_REGULATION))).toList());
            m.put("postElection", r.missing(RequirementKind.POST_ELECTION).stream().map(c -> cadreJson(c,
                    c.outcome(RequirementKind.POST_ELECTION))).toList());
            m.put("villageDirectors", r.missing(RequirementKind.VILLAGE_DIRECTOR_YEARLY).stream().map(c -> cadreJson(c,
                    c.outcome(RequirementKind.VILLAGE_DIRECTOR_YEARLY))).toList());
            if (a.option("out") != null) {
                OutputFile.write(cli.path(a.option("out")),
                        out -> TrainingCommands.service(cli).exportCompliance(subject, year, asOf, out));
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("training compliance %d (as of %s), %s%n", year, asOf, r.scopeName());
                cli.out().printf("  active cadres %d, held to rules %d, compliant with all %d%n", r.activeCadres(),
                        r.cadres().size(), r.compliant());
                for (RequirementKind k : RequirementKind.values()) {
                    List<CadreCompliance> miss = r.missing(k);
                    long held = r.cadres().stream().filter(c -> c.outcome(k) != null).count();
                    if (held > 0) {
                        cli.out().printf("  %-24s %4d of %4d not done%s%n", k.chinese(), miss.size(), held,
                                miss.isEmpty() ? "" : ": " + String.join(" ", miss.stream().limit(6)
                                        .map(c -> c.cadreName() + "(" + c.outcome(k).status().chinese() + ")").toList())
                                        + (miss.size() > 6 ? " …" : ""));
                    }
                }
                if (a.option("out") != null) {
                    cli.out().println("  written to " + a.option("out"));
                }
            }
            return ExitCode.OK;
        });
    }

    /** {@code training compliance --years 2021-2025}: one line (or JSON object) per year, from one reading of the facts. */
    static int complianceYears(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("years"), true, (subject, a) -> {
            String[] range = a.option("years").split("-");
            if (range.length != 2) {
                throw new UsageException("--years needs a range like 2021-2025");
            }
            int from = Options.positiveInt(range[0], "--years"), to = Options.positiveInt(range[1], "--years");
            if (from > to || from < 2000 || to > 2100) {
                throw new UsageException("--years needs a range like 2021-2025, not '" + a.option("years") + "'");
            }
            List<ComplianceReport> reports = TrainingCommands.service(cli).compliance(subject, from, to);
            List<Map<String, Object>> out = new ArrayList<>();
            for (ComplianceReport r : reports) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", r.year());
                m.put("asOf", r.asOf().toString());
                m.put("activeCadres", r.activeCadres());
                m.put("heldToRules", r.cadres().size());
                m.put("compliant", r.compliant());
                Map<String, Integer> notDone = new LinkedHashMap<>();
                for (RequirementKind k : RequirementKind.values()) {
                    notDone.put(k.name(), r.missing(k).size());
                }
                m.put("notDone", notDone);
                out.add(m);
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(out));
            } else {
                for (Map<String, Object> m : out) {
                    cli.out().printf("%s  active %s  held %s  compliant %s  not done %s%n", m.get("year"), m.get("activeCadres"),
                            m.get("heldToRules"), m.get("compliant"), m.get("notDone"));
                }
            }
            return ExitCode.OK;
        });
    }

    static Map<String, Object> cadreJson(CadreCompliance c, Outcome o) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("cadre", c.cadreCode());
        j.put("name", c.cadreName());
        j.put("township", c.townshipName());
        j.put("status", o.status().name());
        j.put("due", o.due() == null ? null : o.due().toString());
        j.put("gaps", o.gaps());
        return j;
    }

    static int transcript(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("as-of", "out"), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("training transcript needs a CADRE code");
            }
            Transcript t = TrainingCommands.service(cli).transcript(subject, code,
                    Options.date(a.option("as-of"), "--as-of", LocalDate.now()));
            if (a.option("out") != null) {
                OutputFile.write(cli.path(a.option("out")), out -> TrainingCommands.service(cli).exportTranscript(subject, code, out));
            }
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("cadre", t.cadre().code());
                m.put("name", t.cadre().name());
                m.put("organisation", t.cadre().orgName());
                m.put("role", t.cadre().role().name());
                m.put("postedOn", t.postedOn() == null ? null : t.postedOn().toString());
                m.put("hoursThisYear", t.hoursIn(t.asOf().getYear()));
                m.put("sessions", t.sessions().stream().map(ComplianceCommands::enrolmentJson).toList());
                m.put("rotations", t.rotations().stream().map(ComplianceCommands::rotationJson).toList());
                m.put("requirements", t.outcomes().stream().map(o -> {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("rule", o.ruleCode());
                    j.put("status", o.status().name());
                    j.put("due", o.due() == null ? null : o.due().toString());
                    j.put("gaps", o.gaps());
                    return j;
                }).toList());
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("%s %s (%s), %s%n", t.cadre().code(), t.cadre().name(), t.cadre().orgName(),
                        t.postedOn() == null ? "" : "on post since " + t.postedOn());
                for (EnrolmentView e : t.sessions()) {
                    cli.out().printf("  %s %-16s %-28s %-4s %5s h %s%n", e.sessionStart(), e.sessionCode(), e.courseTitle(),
                            e.status().chinese(), e.hours() == null ? "-" : e.hours(), e.completedOn() == null ? "" : e.completedOn());
                }
                for (RotationView r : t.rotations()) {
                    cli.out().printf("  rotation %-6s %s..%s %s%n", r.post().chinese(), r.start(), r.end() == null ? "" : r.end(),
                            r.signedOffOn() == null ? "(not signed off)" : "signed off by " + r.signedOffBy());
                }
                for (Outcome o : t.outcomes()) {
                    cli.out().printf("  %-20s %-6s %s%n", o.kind().chinese(), o.status().chinese(), String.join("; ", o.gaps()));
                }
            }
            return ExitCode.OK;
        });
    }

    static Map<String, Object> enrolmentJson(EnrolmentView e) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("session", e.sessionCode());
        j.put("title", e.courseTitle());
        j.put("kind", e.kind().name());
        j.put("start", e.sessionStart().toString());
        j.put("status", e.status().name());
        j.put("hours", e.hours());
        j.put("score", e.score());
        j.put("completed", e.completedOn() == null ? null : e.completedOn().toString());
        j.put("revision", e.revision());
        return j;
    }

    static Map<String, Object> rotationJson(RotationView r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("post", r.post().name());
        j.put("mentor", r.mentor());
        j.put("start", r.start().toString());
        j.put("end", r.end() == null ? null : r.end().toString());
        j.put("signedOffBy", r.signedOffBy());
        j.put("signedOffOn", r.signedOffOn() == null ? null : r.signedOffOn().toString());
        j.put("revision", r.revision());
        return j;
    }

    static int staffing(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year"), true, (subject, a) -> {
            List<StaffingRow> rows = TrainingCommands.service(cli).staffing(subject, TrainingCommands.year(a));
            if (a.flag("json")) {
                cli.out().println(cli.json(rows));
            } else {
                cli.out().printf("%-14s %5s %6s %7s %8s %7s %12s %12s%n", "township", "posts", "filled", "vacant", "seconded",
                        "tenure", "all-staff", "directors");
                for (StaffingRow r : rows) {
                    cli.out().printf("%-14s %5d %6d %7d %8d %7.1f %8d/%-3d %8d/%-3d%n", r.orgName(), r.authorizedPosts(), r.filled(),
                            r.vacancies(), r.secondedLongTerm(), r.averageTenureYears(), r.trainedAllStaff(), r.heldToAllStaff(),
                            r.directorsTrained(), r.directors());
                }
            }
            return ExitCode.OK;
        });
    }

    static int freeze(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year"), true, (subject, a) -> {
            long id = TrainingCommands.service(cli).freeze(subject, TrainingCommands.year(a));
            cli.out().println(a.flag("json") ? cli.json(Map.of("frozen", id)) : "frozen report " + id
                    + " (compare later with: jiandu training diff " + id + ")");
            return ExitCode.OK;
        });
    }

    static int diff(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            String id = a.command(2);
            if (id == null) {
                throw new UsageException("training diff needs the ID of a frozen report");
            }
            List<String> d = TrainingCommands.service(cli).differences(subject, Options.positiveInt(id, "ID"));
            if (a.flag("json")) {
                cli.out().println(cli.json(Map.of("unchanged", d.isEmpty(), "differences", d)));
            } else {
                d.forEach(cli.out()::println);
                cli.out().println(d.isEmpty() ? "unchanged since frozen" : d.size() + " lines differ");
            }
            return d.isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        });
    }
}
