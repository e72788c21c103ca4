package org.jiandu.tasks.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.BodyView;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.ReportView;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskDraft;
import org.jiandu.tasks.TaskKind;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskSheet;
import org.jiandu.tasks.TasksService;
import org.jiandu.tasks.internal.TasksMessages;

/** {@code jiandu tasks …}: lists, reports, verifications, the work list, schemes, bonuses and rankings. */
final class TasksCommands {

    private static final String SUBS = "issue, copy, lists, bodies, body, list, due, report, verify, history, scheme, bonus, score,"
            + " export, loops, loop, duties, duty";

    private TasksCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("tasks needs a subcommand: " + SUBS);
        }
        return guarded(sub, () -> switch (sub) {
            case "issue" -> issue(cli, args);
            case "copy" -> copy(cli, args);
            case "lists" -> lists(cli, args);
            case "bodies" -> bodies(cli, args);
            case "body" -> addBody(cli, args);
            case "list" -> list(cli, args);
            case "due" -> due(cli, args);
            case "report" -> report(cli, args);
            case "verify" -> verify(cli, args);
            case "history" -> history(cli, args);
            case "scheme" -> scheme(cli, args);
            case "bonus" -> bonus(cli, args);
            case "score", "export" -> score(cli, args, sub.equals("export"));
            case "loops" -> LoopCommands.loops(cli, args);
            case "loop" -> LoopCommands.loop(cli, args);
            case "duties" -> DutyCommands.duties(cli, args);
            case "duty" -> DutyCommands.duty(cli, args);
            default -> throw new UsageException("unknown 'tasks " + sub + "'; one of: " + SUBS);
        });
    }

    /** A refusal of the service is one line with exit 1, a denial exit 6, a database failure exit 4. */
    private static int guarded(String sub, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (RuntimeException e) {
            throw Failures.of(e, "tasks " + sub);
        }
    }

    private static TasksService service(CliContext cli) {
        return cli.service(TasksService.class);
    }

    private static String county(CliContext cli, Args a) {
        return cli.installation(a).county().id();
    }

    private static LocalDate date(Args a, String option, LocalDate otherwise) {
        return Options.date(a.option(option) == null ? null : a.option(option).strip(), "--" + option, otherwise);
    }

    private static String need(Args a, String option, String command) {
        String v = a.option(option);
        if (v == null || v.isBlank()) {
            throw new UsageException(command + " needs --" + option);
        }
        return v;
    }

    private static long id(Args a, int index, String name, String command) {
        if (a.command(index) == null) {
            throw new UsageException(command + " needs " + name);
        }
        return Options.positiveInt(a.command(index), name);
    }

    private static BigDecimal number(String text, String option) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new UsageException(option + " needs a number like 10 or 0.05, not '" + text + "'");
        }
    }

    private static int issue(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("period", "title", "on", "task", "kind", "requirement", "evidence", "deadline", "points",
                "to", "special"), true, (subject, a) -> {
                    String period = need(a, "period", "tasks issue"), title = need(a, "title", "tasks issue");
                    LocalDate on = date(a, "on", LocalDate.now());
                    List<TaskDraft> tasks;
                    if (a.command(2) != null) {
                        if (a.option("task") != null) {
                            throw new UsageException("tasks issue takes a sheet or --task, not both");
                        }
                        tasks = TaskSheet.read(cli.path(a.command(2))); // a refusal: one line, exit 1
                    } else if (a.option("task") != null) {
                        tasks = List.of(new TaskDraft(a.option("task"), kind(a.option("kind")), need(a, "requirement",
                                "tasks issue --task"),
                                a.option("evidence"), number(need(a, "points", "tasks issue --task"), "--points"),
                                date(a, "deadline", null), TaskSheet.bodies(need(a, "to", "tasks issue --task"))));
                    } else {
                        throw new UsageException("tasks issue needs a sheet of tasks (LIST.xlsx) or --task");
                    }
                    TaskListView l = service(cli).issue(subject, county(cli, a), new ListDraft(period, title, a.flag("special"), on,
                            tasks));
                    if (a.flag("json")) {
                        cli.out().println(cli.json(JsonValues.of(l)));
                    } else {
                        int bodies = l.tasks().stream().mapToInt(TaskListView.Task::bodies).sum();
                        cli.out().println("list " + l.id() + " issued: " + l.tasks().size() + " tasks, " + bodies + " body tasks");
                    }
                    return ExitCode.OK;
                });
    }

    static TaskKind kind(String text) {
        TaskKind k = text == null ? TaskKind.COMMON : TaskKind.parse(text);
        if (k == null) {
            throw new UsageException("--kind is common (共性) or specific (个性), not '" + text + "'");
        }
        return k;
    }

    private static int copy(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("period", "on"), true, (subject, a) -> {
            TaskListView l = service(cli).copy(subject, id(a, 2, "LIST", "tasks copy"), need(a, "period", "tasks copy"),
                    date(a, "on", LocalDate.now()));
            cli.out().println(a.flag("json") ? cli.json(JsonValues.of(l)) : "list " + l.id() + " issued for " + l.period() + ": "
                    + l.tasks().size()
                    + " tasks");
            return ExitCode.OK;
        });
    }

    private static int lists(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("period"), true, (subject, a) -> {
            List<TaskListView> lists = service(cli).lists(subject, county(cli, a), a.option("period"));
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(lists)));
            } else {
                for (TaskListView l : lists) {
                    cli.out().printf("%6d %-8s %s %s%s, %d tasks%n", l.id(), l.period(), l.issuedOn(), l.title(), l.special() ? " (专项)"
                            : "",
                            l.tasks().size());
                }
            }
            return ExitCode.OK;
        });
    }

    private static int bodies(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            List<BodyView> bodies = service(cli).bodies(subject, county(cli, a));
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(bodies)));
            } else {
                for (BodyView b : bodies) {
                    cli.out().printf("%-22s %-14s %s%s%n", b.code(), TasksMessages.label(b.kind()), b.name(),
                            b.unitName() == null ? "" : "  [" + b.unitName() + "]");
                }
            }
            return ExitCode.OK;
        });
    }

    private static int addBody(CliContext cli, Args args) {
        if (!"add".equals(args.command(2))) {
            throw new UsageException("tasks body add --code C --name N --kind office|group|leader|township|unit --org ORG [--leader L]");
        }
        return cli.withDatabase(args, Set.of("code", "name", "kind", "org", "leader"), true, (subject, a) -> {
            BodyKind kind = switch (need(a, "kind", "tasks body add").toLowerCase(Locale.ROOT)) {
                case "office" -> BodyKind.SUPERVISION_OFFICE;
                case "group" -> BodyKind.STATIONED_GROUP;
                case "leader" -> BodyKind.LEADER;
                case "township" -> BodyKind.TOWNSHIP_COMMISSION;
                case "unit" -> BodyKind.UNIT;
                default -> throw new UsageException("--kind is one of office, group, leader, township, unit");
            };
            BodyView b = service(cli).addBody(subject, county(cli, a), need(a, "code", "tasks body add"), need(a, "name", "tasks body add"),
                    kind, need(a, "org", "tasks body add"), a.option("leader"));
            cli.out().println(a.flag("json") ? cli.json(JsonValues.of(b)) : "body " + b.code() + " added");
            return ExitCode.OK;
        });
    }

    private static int list(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("period", "list", "body", "as-of"), true, (subject, a) -> {
            Long list = a.option("list") == null ? null : (long) Options.positiveInt(a.option("list"), "--list");
            List<AssignmentView> rows = service(cli).assignments(subject, county(cli, a), list, a.option("period"), a.option("body"),
                    date(a, "as-of", LocalDate.now()));
            print(cli, a, rows);
            return ExitCode.OK;
        });
    }

    private static int due(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("as-of"), true, (subject, a) -> {
            List<AssignmentView> rows = service(cli).due(subject, county(cli, a), date(a, "as-of", LocalDate.now()));
            print(cli, a, rows);
            return ExitCode.OK;
        });
    }

    private static void print(CliContext cli, Args a, List<AssignmentView> rows) {
        if (a.flag("json")) {
            cli.out().println(cli.json(JsonValues.of(rows.stream().map(TasksCommands::json).toList())));
            return;
        }
        for (AssignmentView v : rows) {
            String warn = TasksMessages.label(v.standing().warning());
            cli.out().printf("%7d %-8s %-20s %-18s %s %s%s%s%n", v.id(), v.period(), clip(v.bodyName(), 20), clip(v.taskNo() + ". "
                    + v.title(),
                    18), v.standing().deadline(), TasksMessages.label(v.standing().status()), warn.isEmpty() ? "" : " " + warn + " → "
                            + String.join("、", v.warned()), v.standing().daysLate() > 0 ? " (" + v.standing().daysLate() + "d)" : "");
        }
        cli.out().println(rows.size() + " tasks");
    }

    /** What a body typed, without control characters: a report is not to drive the verifier's terminal. */
    static String plain(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static Map<String, Object> json(AssignmentView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", v.id());
        m.put("version", v.version());
        m.put("list", v.listId());
        m.put("period", v.period());
        m.put("no", v.taskNo());
        m.put("title", v.title());
        m.put("kind", v.kind().name());
        m.put("body", v.bodyCode());
        m.put("bodyName", v.bodyName());
        m.put("points", v.points());
        m.put("issuedOn", v.issuedOn().toString());
        m.put("deadline", v.deadline().toString());
        m.put("deadlineInForce", v.standing().deadline().toString());
        m.put("status", v.standing().status().name());
        m.put("warning", v.standing().warning().name());
        m.put("warned", v.warned());
        m.put("daysLate", v.standing().daysLate());
        m.put("returns", v.standing().returns());
        m.put("reports", v.reports());
        m.put("awaitingReport", v.awaitingReport());
        return m;
    }

    private static int report(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("text", "evidence", "on"), true, (subject, a) -> {
            long task = id(a, 2, "TASK", "tasks report");
            AssignmentView now = service(cli).assignment(subject, task, LocalDate.now());
            Path evidence = a.option("evidence") == null ? null : cli.path(a.option("evidence"));
            try {
                AssignmentView v = service(cli).report(subject, task, now.version(), need(a, "text", "tasks report"), evidence,
                        date(a, "on", LocalDate.now()));
                cli.out().println(a.flag("json") ? cli.json(JsonValues.of(json(v))) : "task " + task + ": "
                        + TasksMessages.label(v.standing().status()));
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot keep the evidence " + evidence + ": it cannot be read or copied");
            }
            return ExitCode.OK;
        });
    }

    private static int verify(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("note", "by", "on"), true, (subject, a) -> {
            long task = id(a, 2, "TASK", "tasks verify");
            String what = a.command(3) == null ? "" : a.command(3).toLowerCase(Locale.ROOT);
            Outcome outcome = switch (what) {
                case "accept", "accepted" -> Outcome.ACCEPTED;
                case "return", "returned" -> Outcome.RETURNED;
                case "fail", "failed" -> Outcome.FAILED;
                default -> throw new UsageException("tasks verify TASK accept|return|fail [--note N] [--by DATE] [--on DATE]");
            };
            AssignmentView now = service(cli).assignment(subject, task, LocalDate.now());
            AssignmentView v = service(cli).verify(subject, task, now.version(), outcome, a.option("note"), date(a, "on", LocalDate.now()),
                    date(a, "by", null));
            cli.out().println(a.flag("json") ? cli.json(JsonValues.of(json(v))) : "task " + task + ": "
                    + TasksMessages.label(v.standing().status()));
            return ExitCode.OK;
        });
    }

    private static int history(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            List<ReportView> reports = service(cli).history(subject, id(a, 2, "TASK", "tasks history"));
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(reports)));
            } else {
                for (ReportView r : reports) {
                    LocalDate entered = LocalDate.ofInstant(r.reportedAt(), ZoneId.systemDefault());
                    cli.out().printf("%d. %s%s %s: %s%s%n", r.seq(), r.reportedOn(), entered.equals(r.reportedOn()) ? ""
                            : " (entered " + entered + ")", r.reportedBy(), plain(r.text()), r.evidenceName() == null ? ""
                                    : " [" + plain(r.evidenceName()) + "]");
                    if (r.outcome() != null) {
                        cli.out().printf("   %s %s %s%s%s%n", r.verifiedOn(), r.verifiedBy(), TasksMessages.label(r.outcome()),
                                r.note() == null ? "" : ": " + plain(r.note()), r.reportBy() == null ? "" : " → " + r.reportBy());
                    }
                }
            }
            return ExitCode.OK;
        });
    }

    private static int scheme(CliContext cli, Args args) {
        Set<String> shares = Set.of("from", "late-per-day", "late-floor", "per-return", "failed", "missed", "bonus-cap");
        return cli.withDatabase(args, shares, true, (subject, a) -> {
            if (a.option("from") != null) {
                ScoringScheme draft = new ScoringScheme(1, date(a, "from", null), number(need(a, "late-per-day", "tasks scheme"),
                        "--late-per-day"),
                        number(need(a, "late-floor", "tasks scheme"), "--late-floor"), number(need(a, "per-return", "tasks scheme"),
                                "--per-return"),
                        number(need(a, "failed", "tasks scheme"), "--failed"), number(need(a, "missed", "tasks scheme"), "--missed"),
                        number(need(a, "bonus-cap", "tasks scheme"), "--bonus-cap"));
                ScoringScheme s = service(cli).publishScheme(subject, county(cli, a), draft);
                cli.out().println(a.flag("json") ? cli.json(JsonValues.of(s)) : "scoring scheme version " + s.version()
                        + " in force from " + s.from());
                return ExitCode.OK;
            }
            List<ScoringScheme> all = service(cli).schemes(subject, county(cli, a));
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(all)));
            } else {
                for (ScoringScheme s : all) {
                    cli.out().printf("v%d from %s: late −%s/day (floor %s), return −%s, failed %s, missed %s, bonus cap %s%n", s.version(),
                            s.from(), s.latePerDay(), s.lateFloor(), s.perReturn(), s.failedShare(), s.missedShare(), s.bonusCap());
                }
            }
            return ExitCode.OK;
        });
    }

    private static int bonus(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("period", "points", "reason"), true, (subject, a) -> {
            if (a.command(2) == null) {
                throw new UsageException("tasks bonus needs BODY");
            }
            service(cli).giveBonus(subject, county(cli, a), a.command(2), need(a, "period", "tasks bonus"),
                    number(need(a, "points", "tasks bonus"), "--points"), need(a, "reason", "tasks bonus"));
            cli.out().println("bonus given to " + a.command(2));
            return ExitCode.OK;
        });
    }

    private static int score(CliContext cli, Args args, boolean export) {
        return cli.withDatabase(args, Set.of("period", "as-of", "out", "publish"), true, (subject, a) -> {
            String period = need(a, "period", "tasks score");
            if (export && a.option("out") == null) {
                throw new UsageException("tasks export needs --out FILE.xlsx or FILE.pdf");
            }
            LocalDate asOf = date(a, "as-of", LocalDate.now());
            ScoreTable t = a.flag("publish") ? service(cli).publish(subject, county(cli, a), period, asOf)
                    : service(cli).score(subject, county(cli, a), period, asOf);
            if (a.option("out") != null) {
                OutputFile.write(cli.path(a.option("out")), out -> service(cli).export(subject, county(cli, a), period, asOf, out));
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(t)));
                return ExitCode.OK;
            }
            cli.out().printf("%s as of %s, scheme v%d%s%n", t.period(), t.asOf(), t.schemeVersion(), t.published() == 0 ? ""
                    : ", published revision " + t.published());
            for (ScoreTable.Row r : t.rows()) {
                cli.out().printf("%3d %-24s %8s  on time %d, late %d, failed %d, missed %d, pending %d, returns %d%s%n", r.place(),
                        clip(r.bodyName(), 24), r.score(), r.onTime(), r.late(), r.failed(), r.missed(), r.pending(), r.returns(),
                        r.changedSincePublished() ? "  (published: " + r.publishedPlace() + ", " + r.publishedScore() + ")" : "");
            }
            return ExitCode.OK;
        });
    }
}
