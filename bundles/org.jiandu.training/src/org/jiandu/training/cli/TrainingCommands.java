package org.jiandu.training.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.office.ImportReport;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RotationView;
import org.jiandu.training.Rule;
import org.jiandu.training.SessionView;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.TrainingBenchmark;
import org.jiandu.training.TrainingService;
import org.jiandu.training.TrainingValidationException;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.Outcome;

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
                case "compliance" -> compliance(cli, args);
                case "transcript" -> transcript(cli, args);
                case "sessions" -> sessions(cli, args);
                case "session" -> addSession(cli, args);
                case "certificate" -> certificate(cli, args);
                case "rules" -> rules(cli, args);
                case "rule" -> rule(cli, args);
                case "assign" -> assign(cli, args);
                case "confirm" -> confirm(cli, args);
                case "reelection" -> reelection(cli, args);
                case "staffing" -> staffing(cli, args);
                case "freeze" -> freeze(cli, args);
                case "diff" -> diff(cli, args);
                default -> throw new UsageException("unknown 'training " + sub + "'");
            };
        } catch (TrainingValidationException e) {
            throw new CliFailure(ExitCode.CHECK_FAILED, "refused: " + Failures.oneLine(String.join("; ", e.problems())));
        } catch (RuntimeException e) {
            throw Failures.of(e, "training " + sub);
        }
    }

    private static TrainingService service(CliContext cli) {
        return cli.service(TrainingService.class);
    }

    private static int year(Args a) {
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
    private static LocalDate asOf(Args a, int year) {
        return Options.date(a.option("as-of"), "--as-of", TrainingService.asOf(year));
    }

    private static int importFile(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "map", "good-rows"), true, (subject, a) -> {
            String file = a.command(2);
            if (file == null) {
                throw new UsageException("training import needs FILE.xlsx");
            }
            if (!Files.isRegularFile(Path.of(file))) {
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
            ImportReport r = service(cli).importXlsx(subject, Path.of(file), kind, mapping, a.flag("good-rows"),
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

    private static int compliance(CliContext cli, Args args) {
        if (args.option("years") != null) {
            return complianceYears(cli, args);
        }
        return cli.withDatabase(args, Set.of("year", "as-of", "out"), true, (subject, a) -> {
            int year = year(a);
            LocalDate asOf = asOf(a, year);
            ComplianceReport r = service(cli).compliance(subject, year, asOf);
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
                OutputFile.write(Path.of(a.option("out")), out -> service(cli).exportCompliance(subject, year, asOf, out));
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
    private static int complianceYears(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("years"), true, (subject, a) -> {
            String[] range = a.option("years").split("-");
            if (range.length != 2) {
                throw new UsageException("--years needs a range like 2021-2025");
            }
            int from = Options.positiveInt(range[0], "--years"), to = Options.positiveInt(range[1], "--years");
            if (from > to || from < 2000 || to > 2100) {
                throw new UsageException("--years needs a range like 2021-2025, not '" + a.option("years") + "'");
            }
            List<ComplianceReport> reports = service(cli).compliance(subject, from, to);
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

    private static Map<String, Object> cadreJson(CadreCompliance c, Outcome o) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("cadre", c.cadreCode());
        j.put("name", c.cadreName());
        j.put("township", c.townshipName());
        j.put("status", o.status().name());
        j.put("due", o.due() == null ? null : o.due().toString());
        j.put("gaps", o.gaps());
        return j;
    }

    private static int transcript(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("as-of", "out"), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("training transcript needs a CADRE code");
            }
            Transcript t = service(cli).transcript(subject, code, Options.date(a.option("as-of"), "--as-of", LocalDate.now()));
            if (a.option("out") != null) {
                OutputFile.write(Path.of(a.option("out")), out -> service(cli).exportTranscript(subject, code, out));
            }
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("cadre", t.cadre().code());
                m.put("name", t.cadre().name());
                m.put("organisation", t.cadre().orgName());
                m.put("role", t.cadre().role().name());
                m.put("postedOn", t.postedOn() == null ? null : t.postedOn().toString());
                m.put("hoursThisYear", t.hoursIn(t.asOf().getYear()));
                m.put("sessions", t.sessions().stream().map(TrainingCommands::enrolmentJson).toList());
                m.put("rotations", t.rotations().stream().map(TrainingCommands::rotationJson).toList());
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

    private static Map<String, Object> enrolmentJson(EnrolmentView e) {
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

    private static Map<String, Object> rotationJson(RotationView r) {
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

    private static int sessions(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year", "kind", "text"), true, (subject, a) -> {
            Integer year = a.option("year") == null ? null : year(a);
            CourseKind kind = a.option("kind") == null ? null : CourseKind.parse(a.option("kind")).orElseThrow(
                    () -> new UsageException("--kind is one of pre_job post_election all_staff topical new_regulation village_director"));
            List<SessionView> found = service(cli).sessions(subject, year, kind, a.option("text"));
            if (a.flag("json")) {
                cli.out().println(cli.json(found.stream().map(s -> {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("code", s.code());
                    j.put("kind", s.kind().name());
                    j.put("title", s.title());
                    j.put("hours", s.hours());
                    j.put("start", s.start().toString());
                    j.put("end", s.end().toString());
                    j.put("trainer", s.trainer());
                    j.put("capacity", s.capacity());
                    j.put("enrolled", s.enrolled());
                    j.put("completed", s.completed());
                    return j;
                }).toList()));
            } else {
                for (SessionView s : found) {
                    cli.out().printf("%-22s %s..%s %-8s %4.0f h %3d/%3d %s%n", s.code(), s.start(), s.end(), s.kind().chinese(),
                            s.hours(), s.completed(), s.enrolled(), s.title());
                }
                cli.out().println(found.size() + " sessions");
            }
            return ExitCode.OK;
        });
    }

    /** {@code training session CODE --kind K --title T --hours H --start DATE [--end DATE] ...}: a new session. */
    private static int addSession(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("kind", "title", "hours", "start", "end", "place", "trainer", "capacity",
                "org", "regulation", "effective"), true, (subject, a) -> {
                    String code = a.command(2);
                    if (code == null || a.option("kind") == null || a.option("title") == null || a.option("start") == null) {
                        throw new UsageException("training session needs CODE --kind K --title T --start DATE");
                    }
                    CourseKind kind = CourseKind.parse(a.option("kind")).orElseThrow(() -> new UsageException(
                            "--kind is one of pre_job post_election all_staff topical new_regulation village_director"));
                    double hours;
                    try {
                        hours = a.option("hours") == null ? 8 : Double.parseDouble(a.option("hours"));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--hours needs a number, not '" + a.option("hours") + "'");
                    }
                    LocalDate start = Options.date(a.option("start"), "--start", null);
                    SessionView s = service(cli).saveSession(subject, new SessionView(0, 0, code, null, kind, a.option("title"),
                            hours, start, Options.date(a.option("end"), "--end", start), a.option("place"), a.option("trainer"),
                            a.option("capacity") == null ? 100 : Options.positiveInt(a.option("capacity"), "--capacity"),
                            a.option("org"), a.option("regulation"), Options.date(a.option("effective"), "--effective", null), 0, 0));
                    cli.out().println(a.flag("json") ? cli.json(Map.of("session", s.code(), "id", s.id()))
                            : "session " + s.code() + " saved (" + s.kind().chinese() + ", " + s.start() + ".." + s.end() + ")");
                    return ExitCode.OK;
                });
    }

    /** {@code training certificate SESSION CADRE}: issues the completion certificate (PDF) and prints its path. */
    private static int certificate(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            if (a.command(3) == null) {
                throw new UsageException("training certificate needs SESSION and CADRE");
            }
            try {
                Path pdf = service(cli).certificate(subject, a.command(2), a.command(3));
                cli.out().println(a.flag("json") ? cli.json(Map.of("certificate", pdf.toString())) : pdf.toString());
                return ExitCode.OK;
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot write the certificate: " + Failures.oneLine(e.getMessage()));
            }
        });
    }

    private static int rules(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            List<Rule> rules = service(cli).rules(subject);
            if (a.flag("json")) {
                cli.out().println(cli.json(rules.stream().map(TrainingCommands::ruleJson).toList()));
            } else {
                for (Rule r : rules) {
                    cli.out().printf("%-24s %-3s amount %-4d due-soon %-3d days %s%s%n", r.code(), r.active() ? "on" : "off",
                            r.amount(), r.dueSoonDays(), r.kind().chinese(), r.postDays().isEmpty() ? "" : " " + r.postDays());
                }
            }
            return ExitCode.OK;
        });
    }

    private static Map<String, Object> ruleJson(Rule r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("code", r.code());
        j.put("kind", r.kind().name());
        j.put("active", r.active());
        j.put("amount", r.amount());
        j.put("dueSoonDays", r.dueSoonDays());
        j.put("validDays", r.validDays());
        j.put("roles", r.roles().stream().map(Enum::name).sorted().toList());
        Map<String, Integer> posts = new LinkedHashMap<>();
        r.postDays().forEach((k, v) -> posts.put(k.name(), v));
        j.put("postDays", posts);
        j.put("appliesFrom", r.appliesFrom() == null ? null : r.appliesFrom().toString());
        return j;
    }

    /** {@code training rule CODE [--amount N] [--due-soon N] [--active yes|no]}. */
    private static int rule(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("amount", "due-soon", "active"), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("training rule needs a rule CODE (see: jiandu training rules)");
            }
            Rule r = service(cli).rules(subject).stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst()
                    .orElseThrow(() -> new UsageException("no rule " + code + " (see: jiandu training rules)"));
            int amount = a.option("amount") == null ? r.amount() : Options.positiveInt(a.option("amount"), "--amount");
            int dueSoon = a.option("due-soon") == null ? r.dueSoonDays() : Options.positiveInt(a.option("due-soon"), "--due-soon");
            boolean active = a.option("active") == null ? r.active() : switch (a.option("active").toLowerCase(Locale.ROOT)) {
                case "yes", "on", "true" -> true;
                case "no", "off", "false" -> false;
                default -> throw new UsageException("--active is yes or no");
            };
            Rule saved = service(cli).saveRule(subject, new Rule(r.id(), r.version(), r.code(), r.kind(), amount, dueSoon,
                    r.validDays(), r.roles(), r.postDays(), r.appliesFrom(), active));
            if (a.flag("json")) {
                cli.out().println(cli.json(ruleJson(saved)));
            } else {
                cli.out().printf("rule %s: amount %d, due-soon %d days, %s%n", saved.code(), saved.amount(),
                        saved.dueSoonDays(), saved.active() ? "on" : "off");
            }
            return ExitCode.OK;
        });
    }

    private static int assign(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("as-of"), true, (subject, a) -> {
            List<EnrolmentView> made = service(cli).assignRequired(subject, Options.date(a.option("as-of"), "--as-of", LocalDate.now()));
            if (a.flag("json")) {
                cli.out().println(cli.json(made.stream().map(e -> {
                    Map<String, Object> j = enrolmentJson(e);
                    j.put("cadre", e.cadreCode());
                    j.put("name", e.cadreName());
                    j.put("why", e.note());
                    return j;
                }).toList()));
            } else {
                made.forEach(e -> cli.out().printf("  %-16s %-6s → %-22s %s%n", e.cadreCode(), e.cadreName(), e.sessionCode(), e.note()));
                cli.out().println(made.size() + " enrolments made");
            }
            return ExitCode.OK;
        });
    }

    private static int confirm(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("on"), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("training confirm needs a CADRE code");
            }
            LocalDate on = Options.date(a.option("on"), "--on", LocalDate.now());
            try {
                service(cli).confirmOnPost(subject, code, on);
            } catch (PipelineIncompleteException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, code + " may not take the post yet: "
                        + Failures.oneLine(String.join("; ", e.problems())));
            }
            cli.out().println(code + " confirmed on post from " + on);
            return ExitCode.OK;
        });
    }

    private static int reelection(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("on"), true, (subject, a) -> {
            String township = a.command(2);
            if (township == null || a.option("on") == null) {
                throw new UsageException("training reelection needs a TOWNSHIP code and --on DATE");
            }
            LocalDate on = Options.date(a.option("on"), "--on", null);
            service(cli).recordReelection(subject, township, on);
            List<EnrolmentView> made = service(cli).assignRequired(subject, LocalDate.now());
            cli.out().println("re-election of " + township + " on " + on + " recorded; " + made.size()
                    + " enrolments made for required training");
            return ExitCode.OK;
        });
    }

    private static int staffing(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year"), true, (subject, a) -> {
            List<StaffingRow> rows = service(cli).staffing(subject, year(a));
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

    private static int freeze(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year"), true, (subject, a) -> {
            long id = service(cli).freeze(subject, year(a));
            cli.out().println(a.flag("json") ? cli.json(Map.of("frozen", id)) : "frozen report " + id
                    + " (compare later with: jiandu training diff " + id + ")");
            return ExitCode.OK;
        });
    }

    private static int diff(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            String id = a.command(2);
            if (id == null) {
                throw new UsageException("training diff needs the ID of a frozen report");
            }
            List<String> d = service(cli).differences(subject, Options.positiveInt(id, "ID"));
            if (a.flag("json")) {
                cli.out().println(cli.json(Map.of("unchanged", d.isEmpty(), "differences", d)));
            } else {
                d.forEach(cli.out()::println);
                cli.out().println(d.isEmpty() ? "unchanged since frozen" : d.size() + " lines differ");
            }
            return d.isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
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
