package org.jiandu.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jiandu.patrol.PatrolBenchmark;
import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TermView;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Violation;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** {@code jiandu patrol plan|check}: patrol coverage planning (巡察) of a county's term. */
final class PatrolCommands {

    private PatrolCommands() {
    }

    static int run(Cli cli, Args args) {
        try {
            Class.forName("org.jiandu.patrol.PatrolService");
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new UsageException("'patrol' needs the patrol module, which this build does not contain");
        }
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("patrol needs a subcommand: plan, check");
        }
        return switch (sub) {
            case "plan" -> plan(cli, args);
            case "check" -> check(cli, args);
            case "ledger" -> LedgerCommands.ledger(cli, args);
            case "finding" -> LedgerCommands.finding(cli, args);
            case "evidence" -> LedgerCommands.evidence(cli, args);
            case "close" -> LedgerCommands.close(cli, args);
            default -> throw new UsageException("unknown 'patrol " + sub + "'; one of: plan, check, ledger, finding, evidence, close");
        };
    }

    static String county(Cli cli, Args a) {
        return cli.installation(a).county().id();
    }

    static String term(Args a) {
        String t = a.option("term");
        if (t == null) {
            throw new UsageException("--term is needed, e.g. --term 2026-2030");
        }
        return t;
    }

    private static int plan(Cli cli, Args args) {
        return cli.withDatabase(args, Set.of("term", "rounds-per-year", "seed", "steps", "out"), true, (subject, a) -> {
            PatrolService patrol = cli.service(PatrolService.class);
            String county = county(cli, a), term = term(a);
            int rpy = a.option("rounds-per-year") == null ? 2 : Cli.positiveInt(a.option("rounds-per-year"), "--rounds-per-year");
            long seed = a.option("seed") == null ? 1 : Cli.positiveInt(a.option("seed"), "--seed");
            int steps = a.option("steps") == null ? 50_000 : Cli.positiveInt(a.option("steps"), "--steps");
            TermView tv = patrol.term(subject, county, term, rpy);
            Plan plan = patrol.plan(subject, county, term, seed, steps);
            Problem problem = patrol.problem(subject, county, term);
            Map<String, Object> json = json(plan, problem, tv);
            if (a.option("out") != null) {
                Cli.write(Path.of(a.option("out")), out -> patrol.exportPlan(subject, county, term, out));
            }
            if (a.flag("json")) {
                cli.out().println(cli.gson().toJson(json));
            } else {
                cli.out().printf("patrol plan %s of %s: %s; %d targets, %d covered, %d hard violations%n", term, county,
                        plan.feasible() ? "feasible" : "NOT feasible", problem.targets().size(), json.get("covered"), plan.hardViolations());
                cli.out().printf("  soft score %d (risk %d, balance %d, rotation %d, changes %d), lower bound %d, gap %.2f%%%s%n",
                        plan.softScore(), plan.parts().get("risk"), plan.parts().get("balance"), plan.parts().get("rotation"),
                        plan.parts().get("changes"), plan.lowerBound(), 100 * plan.gap(), plan.optimal() ? " (optimal)" : "");
                cli.out().printf("  %d changed from the previous plan; %d ms, seed %d, %d steps%n", plan.changed(), plan.millis(), seed, steps);
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
            return plan.feasible() ? Cli.OK : Cli.CHECK_FAILED;
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
    private static int check(Cli cli, Args args) {
        return cli.withDatabase(args, Set.of("term"), true, (subject, a) -> {
            String file = a.command(2);
            if (file == null) {
                throw new UsageException("patrol check needs PLAN.json (as written by patrol plan --json)");
            }
            JsonObject root;
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                root = JsonParser.parseReader(r).getAsJsonObject();
            } catch (IOException e) {
                throw new CliFailure(Cli.ERROR, "cannot read " + file + ": " + e.getMessage());
            } catch (JsonParseException | IllegalStateException e) {
                throw new CliFailure(Cli.ERROR, file + " is not a plan in JSON: " + e.getMessage());
            }
            String term = a.option("term") != null ? a.option("term") : root.has("term") ? root.get("term").getAsString() : term(a);
            String county = root.has("county") ? root.get("county").getAsString() : county(cli, a);
            List<Assignment> plan = read(root, file);
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
                cli.out().println(cli.gson().toJson(m));
            } else {
                v.forEach(x -> cli.out().println("  " + x.constraint() + ": " + x.message()));
                cli.out().println(v.isEmpty() ? plan.size() + " assignments, every hard constraint holds"
                        : v.size() + " violations in " + plan.size() + " assignments");
            }
            return v.isEmpty() ? Cli.OK : Cli.CHECK_FAILED;
        });
    }

    private static List<Assignment> read(JsonObject root, String file) {
        List<Assignment> out = new ArrayList<>();
        JsonArray rounds = root.has("rounds") && root.get("rounds").isJsonArray() ? root.getAsJsonArray("rounds") : null;
        if (rounds == null) {
            throw new CliFailure(Cli.ERROR, file + " has no \"rounds\" array");
        }
        for (JsonElement re : rounds) {
            JsonObject r = re.getAsJsonObject();
            int round = r.get("round").getAsInt();
            for (JsonElement ae : r.getAsJsonArray("assignments")) {
                JsonObject x = ae.getAsJsonObject();
                String mode = x.get("mode").getAsString();
                out.add(new Assignment(round, x.get("team").getAsString(), x.get("target").getAsString(),
                        PatrolMode.parse(mode).orElseThrow(() -> new CliFailure(Cli.ERROR, file + ": unknown mode " + mode))));
            }
        }
        return out;
    }

    /** {@code jiandu bench patrol [--steps N] [--runs N]}: county and city instances, generated. */
    static int bench(Cli cli, Args args) {
        return cli.withDatabase(args, Set.of("steps", "runs"), false, (subject, a) -> {
            int steps = a.option("steps") == null ? 200_000 : Cli.positiveInt(a.option("steps"), "--steps");
            int runs = a.option("runs") == null ? 3 : Cli.positiveInt(a.option("runs"), "--runs");
            List<PatrolBenchmark.Result> results = cli.service(PatrolBenchmark.class).run(steps, runs,
                    msg -> cli.err().println("bench: " + msg));
            if (a.flag("json")) {
                cli.out().println(cli.gson().toJson(results));
            } else {
                cli.out().printf("patrol planner benchmark, %d cores, medians of %d seeds%n", Runtime.getRuntime().availableProcessors(), runs);
                for (PatrolBenchmark.Result r : results) {
                    cli.out().printf("  %-6s %5d targets, %2d teams, %2d rounds: first plan %.0f ms, after %d steps %.0f ms; hard %d, "
                            + "unplannable %d; score %d (first plan %d), lower bound %d, gap %.2f%%%n", r.instance(), r.targets(), r.teams(),
                            r.rounds(), r.constructionMs(), r.steps(), r.totalMs(), r.hardViolations(), r.unplannable(), r.softScore(),
                            r.constructionScore(), r.lowerBound(), 100 * r.gap());
                }
            }
            return Cli.OK;
        });
    }

}
