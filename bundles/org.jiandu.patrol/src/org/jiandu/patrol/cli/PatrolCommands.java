package org.jiandu.patrol.cli;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.patrol.PatrolBenchmark;
import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TermView;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Violation;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.DatabaseException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** {@code jiandu patrol plan|check}: patrol coverage planning (巡察) of a county's term. */
final class PatrolCommands {

    private PatrolCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("patrol needs a subcommand: plan, check, ledger, finding, evidence, close");
        }
        return guarded(sub, () -> switch (sub) {
            case "plan" -> plan(cli, args);
            case "check" -> check(cli, args);
            case "ledger" -> LedgerCommands.ledger(cli, args);
            case "finding" -> LedgerCommands.finding(cli, args);
            case "evidence" -> LedgerCommands.evidence(cli, args);
            case "close" -> LedgerCommands.close(cli, args);
            default -> throw new UsageException("unknown 'patrol " + sub + "'; one of: plan, check, ledger, finding, evidence, close");
        });
    }

    /**
     * Runs a patrol command so that every failure is one line with its documented exit code: what the service refuses
     * (bad input, a step out of order, stale data) exits 1, a denial 6 and the rest as {@link Cli} documents them;
     * anything unexpected exits 7 without a stack trace or Java class names.
     */
    static int guarded(String sub, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (CliFailure | UsageException | AccessDeniedException | DataDirectoryException | DatabaseException e) {
            throw e;
        } catch (IllegalArgumentException | StaleDataException e) {
            throw new CliFailure(ExitCode.CHECK_FAILED, oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new CliFailure(ExitCode.ERROR, "patrol " + sub + " stopped by an unexpected error; nothing more is known about it");
        }
    }

    /** The first line of a message (some refusals list their reasons on further lines). */
    static String oneLine(String message) {
        return message == null ? "refused" : message.strip().lines().findFirst().orElse("refused");
    }

    static String county(CliContext cli, Args a) {
        return cli.installation(a).county().id();
    }

    static String term(Args a) {
        String t = a.option("term");
        if (t == null) {
            throw new UsageException("--term is needed, e.g. --term 2026-2030");
        }
        return t;
    }

    private static int plan(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("term", "rounds-per-year", "seed", "steps", "out"), true, (subject, a) -> {
            PatrolService patrol = cli.service(PatrolService.class);
            String county = county(cli, a), term = term(a);
            int rpy = a.option("rounds-per-year") == null ? 2 : Options.positiveInt(a.option("rounds-per-year"), "--rounds-per-year");
            long seed = a.option("seed") == null ? 1 : Options.positiveInt(a.option("seed"), "--seed");
            int steps = a.option("steps") == null ? 50_000 : Options.positiveInt(a.option("steps"), "--steps");
            TermView tv = patrol.term(subject, county, term, rpy);
            Plan plan = patrol.plan(subject, county, term, seed, steps);
            Problem problem = patrol.problem(subject, county, term);
            Map<String, Object> json = json(plan, problem, tv);
            if (a.option("out") != null) {
                OutputFile.write(cli.path(a.option("out")), out -> patrol.exportPlan(subject, county, term, out));
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(json));
            } else {
                cli.out().printf("patrol plan %s of %s: %s; %d targets, %d covered, %d hard violations%n", term, county,
                        plan.feasible() ? "feasible" : "NOT feasible", problem.targets().size(), json.get("covered"),
                                plan.hardViolations());
                cli.out().printf("  soft score %d (risk %d, balance %d, rotation %d, changes %d), lower bound %d, gap %.2f%%%s%n",
                        plan.softScore(), plan.parts().get("risk"), plan.parts().get("balance"), plan.parts().get("rotation"),
                        plan.parts().get("changes"), plan.lowerBound(), 100 * plan.gap(), plan.optimal() ? " (optimal)" : "");
                cli.out().printf("  %d changed from the previous plan; %d ms, seed %d, %d steps%n", plan.changed(), plan.millis(), seed,
                        steps);
                Map<Integer, Long> perRound = new TreeMap<>();
                plan.assignments().forEach(x -> perRound.merge(x.round(), 1L, Long::sum));
                for (Round r : tv.rounds()) {
                    cli.out().printf("  round %2d %s..%s %s %4d targets%n", r.number(), r.start(), r.end(), r.completed() ? "done" : "    ",
                            perRound.getOrDefault(r.number(), 0L));
                }
                for (Plan.Unplannable u : plan.unplannable()) {
                    cli.out().println("  cannot plan " + u.target() + " " + u.name() + ": " + u.reason());
                }
                if (a.option("out") != null) {
                    cli.out().println("  written to " + a.option("out"));
                }
            }
            return plan.feasible() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        });
    }

    static Map<String, Object> json(Plan plan, Problem problem, TermView tv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feasible", plan.feasible());
        m.put("targets", problem.targets().size());
        m.put("covered", plan.assignments().stream().map(Assignment::target).distinct().count());
        m.put("hardViolations", plan.hardViolations());
        m.put("softScore", plan.softScore());
        m.put("lowerBound", plan.lowerBound());
        m.put("gap", plan.gap());
        m.put("optimal", plan.optimal());
        m.put("softParts", plan.parts());
        m.put("changed", plan.changed());
        m.put("seed", plan.seed());
        m.put("steps", plan.steps());
        m.put("millis", plan.millis());
        m.put("term", tv.firstYear() + "-" + tv.lastYear());
        m.put("county", tv.countyCode());
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (Round r : tv.rounds()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("round", r.number());
            rm.put("start", r.start().toString());
            rm.put("end", r.end().toString());
            rm.put("completed", r.completed());
            rm.put("assignments", plan.assignments().stream().filter(x -> x.round() == r.number()).map(x -> {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("team", x.team());
                am.put("target", x.target());
                am.put("mode", x.mode().name());
                return am;
            }).toList());
            rounds.add(rm);
        }
        m.put("rounds", rounds);
        m.put("unplannable", plan.unplannable().stream().map(u -> Map.of("target", u.target(), "name", u.name(), "reason", u.reason()))
                .toList());
        return m;
    }

    /** {@code patrol check PLAN.json}: every hard constraint of a plan file, checked without the planner. */
    private static int check(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("term"), true, (subject, a) -> {
            String file = a.command(2);
            if (file == null) {
                throw new UsageException("patrol check needs PLAN.json (as written by patrol plan --json)");
            }
            JsonObject root = planFile(cli, file);
            List<Assignment> plan = read(root, file);
            String term = a.option("term") != null ? a.option("term") : root.has("term") ? text(root, "term", file, "the plan") : term(a);
            String county = root.has("county") ? text(root, "county", file, "the plan") : county(cli, a);
            List<Violation> v = cli.service(PatrolService.class).check(subject, county, term, plan);
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("assignments", plan.size());
                m.put("violations", v.stream().map(x -> {
                    Map<String, Object> vm = new LinkedHashMap<>();
                    vm.put("constraint", x.constraint());
                    vm.put("target", x.target());
                    vm.put("team", x.team());
                    vm.put("round", x.round());
                    vm.put("message", x.message());
                    return vm;
                }).toList());
                cli.out().println(cli.json(m));
            } else {
                v.forEach(x -> cli.out().println("  " + x.constraint() + ": " + x.message()));
                cli.out().println(v.isEmpty() ? plan.size() + " assignments, every hard constraint holds"
                        : v.size() + " violations in " + plan.size() + " assignments");
            }
            return v.isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        });
    }

    /** A plan file that cannot be checked: one line naming it and what is wrong (exit 1). */
    private static CliFailure badPlan(String file, String what) {
        return new CliFailure(ExitCode.CHECK_FAILED, "cannot check " + file + ": " + what
                + " (a plan file is what patrol plan --json writes)");
    }

    /** The plan file's JSON object, or a one-line failure naming the file and what is wrong with it. */
    static JsonObject planFile(CliContext cli, String file) {
        Path path = cli.path(file);
        if (Files.isDirectory(path)) {
            throw badPlan(file, "it is a folder");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw badPlan(file, "there is no such file");
        } catch (java.nio.file.AccessDeniedException e) { // qualified: clashes with core AccessDeniedException
            throw badPlan(file, "this user may not read it");
        } catch (CharacterCodingException e) {
            throw badPlan(file, "it is not a text file (UTF-8)");
        } catch (IOException e) {
            throw badPlan(file, "it cannot be read");
        }
        if (text.isBlank()) {
            throw badPlan(file, "it is empty");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw badPlan(file, (e.getCause() instanceof EOFException ? "it ends too early (cut off?)" : "it is not valid JSON")
                    + where(e.getMessage()));
        }
        if (!root.isJsonObject()) {
            throw badPlan(file, "it is not a plan: no object with \"rounds\"");
        }
        return root.getAsJsonObject();
    }

    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    /** " at line L, column C" from the parser's message, or nothing. */
    private static String where(String message) {
        Matcher m = POSITION.matcher(message == null ? "" : message);
        return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
    }

    private static JsonElement field(JsonObject o, String name, String file, String where) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw badPlan(file, where + " has no \"" + name + "\"");
        }
        return e;
    }

    private static String text(JsonObject o, String name, String file, String where) {
        JsonElement e = field(o, name, file, where);
        if (!e.isJsonPrimitive()) {
            throw badPlan(file, "\"" + name + "\" of " + where + " is not a text");
        }
        return e.getAsString();
    }

    private static JsonObject object(JsonElement e, String file, String where) {
        if (!e.isJsonObject()) {
            throw badPlan(file, where + " is not an object");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String name, String file, String where) {
        JsonElement e = field(o, name, file, where);
        if (!e.isJsonArray()) {
            throw badPlan(file, "\"" + name + "\" of " + where + " is not a list");
        }
        return e.getAsJsonArray();
    }

    private static List<Assignment> read(JsonObject root, String file) {
        List<Assignment> out = new ArrayList<>();
        JsonArray rounds = array(root, "rounds", file, "the plan");
        for (int i = 0; i < rounds.size(); i++) {
            String rw = "rounds[" + i + "]";
            JsonObject r = object(rounds.get(i), file, rw);
            int round;
            try {
                round = Integer.parseInt(text(r, "round", file, rw).strip());
            } catch (NumberFormatException e) {
                throw badPlan(file, "\"round\" of " + rw + " is not a whole number");
            }
            JsonArray assignments = array(r, "assignments", file, rw);
            for (int k = 0; k < assignments.size(); k++) {
                String aw = rw + ".assignments[" + k + "]";
                JsonObject x = object(assignments.get(k), file, aw);
                String mode = text(x, "mode", file, aw);
                out.add(new Assignment(round, text(x, "team", file, aw), text(x, "target", file, aw),
                        PatrolMode.parse(mode).orElseThrow(() -> badPlan(file, "unknown mode \"" + mode + "\" in " + aw))));
            }
        }
        return out;
    }

    /** {@code jiandu bench patrol [--steps N] [--runs N]}: county and city instances, generated. */
    static int bench(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("steps", "runs"), false, (subject, a) -> {
            int steps = a.option("steps") == null ? 200_000 : Options.positiveInt(a.option("steps"), "--steps");
            int runs = a.option("runs") == null ? 3 : Options.positiveInt(a.option("runs"), "--runs");
            List<PatrolBenchmark.Result> results = cli.service(PatrolBenchmark.class).run(steps, runs,
                    msg -> cli.err().println("bench: " + msg));
            if (a.flag("json")) {
                cli.out().println(cli.json(results));
            } else {
                cli.out().printf("patrol planner benchmark, %d cores, medians of %d seeds%n", Runtime.getRuntime().availableProcessors(),
                        runs);
                for (PatrolBenchmark.Result r : results) {
                    cli.out().printf("  %-6s %5d targets, %2d teams, %2d rounds: first plan %.0f ms, after %d steps %.0f ms; hard %d, "
                            + "unplannable %d; score %d (first plan %d), lower bound %d, gap %.2f%%%n", r.instance(), r.targets(),
                            r.teams(),
                            r.rounds(), r.constructionMs(), r.steps(), r.totalMs(), r.hardViolations(), r.unplannable(), r.softScore(),
                            r.constructionScore(), r.lowerBound(), 100 * r.gap());
                }
            }
            return ExitCode.OK;
        });
    }

}
