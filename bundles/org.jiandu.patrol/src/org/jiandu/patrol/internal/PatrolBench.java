package org.jiandu.patrol.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.jiandu.core.Stats;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.patrol.PatrolBenchmark;
import org.jiandu.patrol.PatrolPlanner;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Member;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The planner benchmark on generated county and city instances (no database). */
@Component(service = PatrolBenchmark.class)
public class PatrolBench implements PatrolBenchmark {

    @Reference
    PatrolPlanner planner;

    @Override
    public List<Result> run(int steps, int runs, Consumer<String> log) {
        List<Result> out = new ArrayList<>();
        out.add(measure("county", instance(List.of(CountyProfile.require("danfeng")), 4, 1), steps, runs, log));
        out.add(measure("city", instance(CountyProfile.ALL, 6, 1), steps, runs, log));
        return out;
    }

    private Result measure(String name, Problem p, int steps, int runs, Consumer<String> log) {
        double[] construct = new double[runs], total = new double[runs], gap = new double[runs];
        Plan last = null, first = null;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            first = planner.plan(p, run + 1, 0);
            construct[run] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            last = planner.plan(p, run + 1, steps);
            total[run] = (System.nanoTime() - t0) / 1e6;
            gap[run] = last.gap();
            log.accept(String.format("%s seed %d: first plan %.0f ms (score %d), after %d steps %.0f ms: hard %d, score %d,"
                    + " bound %d, gap %.2f%%, parts %s", name, run + 1, construct[run], first.softScore(), steps, total[run],
                    last.hardViolations(), last.softScore(), last.lowerBound(), 100 * last.gap(), last.parts()));
        }
        return new Result(name, p.targets().size(), p.teams().size(), p.rounds().size(), steps, Stats.median(construct),
                Stats.median(total),
                last.hardViolations(), last.unplannable().size(), first.softScore(), last.softScore(), last.lowerBound(),
                        Stats.median(gap));
    }


    /** Targets as the demo has them (units, townships, villages with classes and risks), teams per county, 10 rounds. */
    static Problem instance(List<CountyProfile> counties, int teamsPerCounty, long seed) {
        Random r = new Random(seed);
        List<Target> targets = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        for (CountyProfile c : counties) {
            List<String> townships = new ArrayList<>();
            int left = c.villages();
            for (int t = 1; t <= c.townships(); t++) {
                String town = String.format("%s-t%02d", c.id(), t);
                townships.add(town);
                String zone = c.id() + "-z" + ((t - 1) / 4 + 1);
                targets.add(new Target(town, town, TargetKind.TOWNSHIP, town, zone, TargetClass.WATCH, r.nextInt(60),
                        PatrolService.TOWNSHIP_LOAD));
                int villages = left / (c.townships() - t + 1);
                left -= villages;
                for (int v = 1; v <= villages; v++) {
                    int dice = r.nextInt(100);
                    TargetClass cls = dice < 8 ? TargetClass.KEY : dice < 33 ? TargetClass.WATCH : TargetClass.NORMAL;
                    targets.add(new Target(String.format("%s-v%03d", town, v), town + "村" + v, TargetKind.VILLAGE, town, zone, cls,
                            r.nextInt(cls == TargetClass.KEY ? 100 : 50), cls == TargetClass.KEY ? PatrolService.KEY_VILLAGE_LOAD
                                    : PatrolService.VILLAGE_LOAD));
                }
            }
            for (int u = 1; u <= 52; u++) {
                targets.add(new Target(String.format("%s-u%03d", c.id(), u), c.id() + "单位" + u, TargetKind.UNIT, null, null,
                        TargetClass.NORMAL, r.nextInt(40), PatrolService.UNIT_LOAD));
            }
            for (int k = 1; k <= teamsPerCounty; k++) {
                List<Member> members = new ArrayList<>();
                for (int m = 0; m < 3; m++) {
                    members.add(new Member(c.id() + k + m, m == 0 ? townships.get(r.nextInt(townships.size())) : null,
                            List.of(new Member.Stint(townships.get(r.nextInt(townships.size())), 2021 + r.nextInt(5))),
                            m == 2 ? Set.of(townships.get(r.nextInt(townships.size())) + "-v001") : Set.of()));
                }
                teams.add(new Team(c.id() + "-team" + k, c.id() + "第" + k + "组", k <= 3 ? c.id() + "-z" + k : null, 120, members));
            }
        }
        int pace = JpaPatrolService.roundCapacity(targets.stream().mapToInt(Target::load).sum(), 10);
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate start = LocalDate.of(2026 + i / 2, i % 2 == 0 ? 3 : 8, 1);
            rounds.add(new Round(i + 1, start, start.plusMonths(3).minusDays(1), false, pace));
        }
        return new Problem("bench", 2026, targets, teams, rounds, List.of(), JpaPatrolService.ELEVATED_RISK);
    }
}
