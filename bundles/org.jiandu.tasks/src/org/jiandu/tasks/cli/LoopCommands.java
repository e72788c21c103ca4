package org.jiandu.tasks.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.LoopStep;
import org.jiandu.tasks.LoopView;
import org.jiandu.tasks.internal.TasksMessages;

/** {@code jiandu tasks loops} and {@code tasks loop find|assign|rectify|account|close|history}: the four-step closed loop. */
final class LoopCommands {

    private static final String USAGE = "tasks loop find|assign|rectify|account|close|history …";

    private LoopCommands() {
    }

    private static ClosedLoopService service(CliContext cli) {
        return cli.service(ClosedLoopService.class);
    }

    private static LocalDate on(Args a) {
        return Options.date(a.option("on"), "--on", LocalDate.now());
    }

    static int loops(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("as-of", "paper"), true, (subject, a) -> {
            List<LoopView> loops = service(cli).loops(subject, cli.installation(a).county().id(), Options.date(a.option("as-of"),
                    "--as-of", LocalDate.now()));
            if (a.flag("paper")) {
                loops = loops.stream().filter(LoopView::paperOnly).toList();
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(JsonValues.of(loops.stream().map(LoopCommands::json).toList())));
                return ExitCode.OK;
            }
            for (LoopView l : loops) {
                cli.out().printf("%6d %-20s %-10s %-6s %s %s%n", l.id(), l.bodyName(), l.category(), TasksMessages.label(l.stage()),
                        l.deadline() == null ? "" : l.deadline(), String.join(" ", l.signs().stream().map(TasksMessages::label).toList()));
            }
            cli.out().println(loops.size() + " closed loops, " + loops.stream().filter(LoopView::paperOnly).count()
                    + " paper-only (纸面整改)");
            return ExitCode.OK;
        });
    }

    static Map<String, Object> json(LoopView l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loop", l.id());
        m.put("version", l.version());
        m.put("body", l.bodyCode());
        m.put("bodyName", l.bodyName());
        m.put("category", l.category());
        m.put("problem", l.problem());
        m.put("foundOn", l.foundOn().toString());
        m.put("task", l.assignmentId());
        m.put("stage", l.stage().name());
        m.put("owner", l.owner());
        m.put("deadline", l.deadline() == null ? null : l.deadline().toString());
        m.put("rectifiedOn", l.rectifiedOn() == null ? null : l.rectifiedOn().toString());
        m.put("evidence", l.evidenceName());
        m.put("accountability", l.accountability());
        m.put("closedOn", l.closedOn() == null ? null : l.closedOn().toString());
        m.put("reviewer", l.reviewer());
        m.put("signs", l.signs().stream().map(Enum::name).sorted().toList());
        m.put("paperOnly", l.paperOnly());
        return m;
    }

    static int loop(CliContext cli, Args args) {
        String step = args.command(2);
        if (step == null) {
            throw new UsageException(USAGE);
        }
        Set<String> options = switch (step) {
            case "find" -> Set.of("body", "category", "text", "on", "task");
            case "assign" -> Set.of("owner", "deadline", "on");
            case "rectify" -> Set.of("evidence", "note", "on");
            case "account" -> Set.of("note", "on");
            case "close", "history" -> Set.of("on");
            default -> throw new UsageException("unknown 'tasks loop " + step + "'; " + USAGE);
        };
        return cli.withDatabase(args, options, true, (subject, a) -> {
            ClosedLoopService loops = service(cli);
            LoopView v;
            if (step.equals("find")) {
                Long task = a.option("task") == null ? null : (long) Options.positiveInt(a.option("task"), "--task");
                v = loops.find(subject, cli.installation(a).county().id(), need(a, "body"), need(a, "category"), need(a, "text"), on(a),
                        task);
            } else {
                if (a.command(3) == null) {
                    throw new UsageException("tasks loop " + step + " needs LOOP");
                }
                long id = Options.positiveInt(a.command(3), "LOOP");
                if (step.equals("history")) {
                    for (LoopStep s : loops.history(subject, id)) {
                        cli.out().printf("%s %-8s %s: %s%n", s.on(), s.step(), s.by(), s.detail());
                    }
                    return ExitCode.OK;
                }
                long version = loops.loops(subject, cli.installation(a).county().id(), LocalDate.now()).stream().filter(l -> l.id() == id)
                        .findFirst().map(LoopView::version).orElse(-1L);
                v = switch (step) {
                    case "assign" -> loops.assign(subject, id, version, need(a, "owner"), Options.date(need(a, "deadline"), "--deadline",
                            null),
                            on(a));
                    case "rectify" -> rectify(cli, a, loops, subject, id, version);
                    case "account" -> loops.account(subject, id, version, need(a, "note"), on(a));
                    default -> loops.close(subject, id, version, on(a));
                };
            }
            cli.out().println(a.flag("json") ? cli.json(JsonValues.of(json(v))) : "closed loop " + v.id() + ": "
                    + TasksMessages.label(v.stage()));
            return ExitCode.OK;
        });
    }

    private static LoopView rectify(CliContext cli, Args a, ClosedLoopService loops, Subject subject, long id,
            long version) {
        Path file = cli.path(need(a, "evidence"));
        try {
            return loops.rectify(subject, id, version, file, a.option("note"), on(a));
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CHECK_FAILED, "cannot keep the evidence " + file + ": it cannot be read or copied");
        }
    }

    private static String need(Args a, String option) {
        String v = a.option(option);
        if (v == null || v.isBlank()) {
            throw new UsageException("this step needs --" + option);
        }
        return v;
    }
}
