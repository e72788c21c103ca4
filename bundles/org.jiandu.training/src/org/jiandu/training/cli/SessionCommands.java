package org.jiandu.training.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.Rule;
import org.jiandu.training.SessionView;

/**
 * {@code jiandu training sessions|session|certificate|rules|rule|assign|confirm|reelection}: sessions, rules and the
 * steps they require.
 */
final class SessionCommands {

    private SessionCommands() {
    }

    static int sessions(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("year", "kind", "text"), true, (subject, a) -> {
            Integer year = a.option("year") == null ? null : TrainingCommands.year(a);
            CourseKind kind = a.option("kind") == null ? null : CourseKind.parse(a.option("kind")).orElseThrow(
                    () -> new UsageException("--kind is one of pre_job post_election all_staff topical new_regulation village_director"));
            List<SessionView> found = TrainingCommands.service(cli).sessions(subject, year, kind, a.option("text"));
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
    static int addSession(CliContext cli, Args args) {
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
                    SessionView s = TrainingCommands.service(cli).saveSession(subject,
                            new SessionView(0, 0, code, null, kind, a.option("title"),
                            hours, start, Options.date(a.option("end"), "--end", start), a.option("place"), a.option("trainer"),
                            a.option("capacity") == null ? 100 : Options.positiveInt(a.option("capacity"), "--capacity"),
                            a.option("org"), a.option("regulation"), Options.date(a.option("effective"), "--effective", null), 0, 0));
                    cli.out().println(a.flag("json") ? cli.json(Map.of("session", s.code(), "id", s.id()))
                            : "session " + s.code() + " saved (" + s.kind().chinese() + ", " + s.start() + ".." + s.end() + ")");
                    return ExitCode.OK;
                });
    }

    /** {@code training certificate SESSION CADRE}: issues the completion certificate (PDF) and prints its path. */
    static int certificate(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            if (a.command(3) == null) {
                throw new UsageException("training certificate needs SESSION and CADRE");
            }
            try {
                Path pdf = TrainingCommands.service(cli).certificate(subject, a.command(2), a.command(3));
                cli.out().println(a.flag("json") ? cli.json(Map.of("certificate", pdf.toString())) : pdf.toString());
                return ExitCode.OK;
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot write the certificate: " + Failures.oneLine(e.getMessage()));
            }
        });
    }

    static int rules(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            List<Rule> rules = TrainingCommands.service(cli).rules(subject);
            if (a.flag("json")) {
                cli.out().println(cli.json(rules.stream().map(SessionCommands::ruleJson).toList()));
            } else {
                for (Rule r : rules) {
                    cli.out().printf("%-24s %-3s amount %-4d due-soon %-3d days %s%s%n", r.code(), r.active() ? "on" : "off",
                            r.amount(), r.dueSoonDays(), r.kind().chinese(), r.postDays().isEmpty() ? "" : " " + r.postDays());
                }
            }
            return ExitCode.OK;
        });
    }

    static Map<String, Object> ruleJson(Rule r) {
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
    static int rule(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("amount", "due-soon", "active"), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("training rule needs a rule CODE (see: jiandu training rules)");
            }
            Rule r = TrainingCommands.service(cli).rules(subject).stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst()
                    .orElseThrow(() -> new UsageException("no rule " + code + " (see: jiandu training rules)"));
            int amount = a.option("amount") == null ? r.amount() : Options.positiveInt(a.option("amount"), "--amount");
            int dueSoon = a.option("due-soon") == null ? r.dueSoonDays() : Options.positiveInt(a.option("due-soon"), "--due-soon");
            boolean active = a.option("active") == null ? r.active() : switch (a.option("active").toLowerCase(Locale.ROOT)) {
                case "yes", "on", "true" -> true;
                case "no", "off", "false" -> false;
                default -> throw new UsageException("--active is yes or no");
            };
            Rule saved = TrainingCommands.service(cli).saveRule(subject, new Rule(r.id(), r.version(), r.code(), r.kind(), amount, dueSoon,
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

    static int assign(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("as-of"), true, (subject, a) -> {
            List<EnrolmentView> made = TrainingCommands.service(cli).assignRequired(subject,
                    Options.date(a.option("as-of"), "--as-of", LocalDate.now()));
            if (a.flag("json")) {
                cli.out().println(cli.json(made.stream().map(e -> {
                    Map<String, Object> j = ComplianceCommands.enrolmentJson(e);
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

    static int confirm(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("on"), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("training confirm needs a CADRE code");
            }
            LocalDate on = Options.date(a.option("on"), "--on", LocalDate.now());
            try {
                TrainingCommands.service(cli).confirmOnPost(subject, code, on);
            } catch (PipelineIncompleteException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, code + " may not take the post yet: "
                        + Failures.oneLine(String.join("; ", e.problems())));
            }
            cli.out().println(code + " confirmed on post from " + on);
            return ExitCode.OK;
        });
    }

    static int reelection(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("on"), true, (subject, a) -> {
            String township = a.command(2);
            if (township == null || a.option("on") == null) {
                throw new UsageException("training reelection needs a TOWNSHIP code and --on DATE");
            }
            LocalDate on = Options.date(a.option("on"), "--on", null);
            TrainingCommands.service(cli).recordReelection(subject, township, on);
            List<EnrolmentView> made = TrainingCommands.service(cli).assignRequired(subject, LocalDate.now());
            cli.out().println("re-election of " + township + " on " + on + " recorded; " + made.size()
                    + " enrolments made for required training");
            return ExitCode.OK;
        });
    }
}
