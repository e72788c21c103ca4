package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.internal.LocalSearchPlanner;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Member;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.PlanChecker;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;
import org.jiandu.patrol.planning.Violation;
import org.junit.jupiter.api.Test;

/** The planner and the independent checker on small county problems (no database). */
class PlannerTest {

    private final LocalSearchPlanner planner = new LocalSearchPlanner();

    /** 4 townships × 5 villages (the first of each key), 6 units; townships 1–2 in zone Z1, 3–4 in Z2. */
    static List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            String town = "c-t0" + t, zone = t <= 2 ? "Z1" : "Z2";
            out.add(new Target(town, "镇" + t, TargetKind.TOWNSHIP, town, zone, TargetClass.WATCH, 20 + 15 * t, 30));
            for (int v = 1; v <= 5; v++) {
                boolean key = v == 1;
                out.add(new Target(town + "-v0" + v, "村" + t + v, TargetKind.VILLAGE, town, zone,
                        key ? TargetClass.KEY : TargetClass.NORMAL, key ? 60 + 5 * t : 10 + v, key ? 8 : 4));
            }
        }
        for (int u = 1; u <= 6; u++) {
            out.add(new Target("c-u0" + u, "单位" + u, TargetKind.UNIT, null, null, TargetClass.NORMAL, 5 * u, 20));
        }
        return out;
    }

    static List<Team> teams(int capacity) {
        return List.of(new Team("A", "第一巡察组", "Z1", capacity,
                List.of(new Member("甲", "c-t03", List.of(new Member.Stint("c-t01", 2025)), Set.of()))),
                new Team("B", "第二巡察组", "Z2", capacity, List.of(new Member("乙", null, List.of(), Set.of("c-u02")))),
                new Team("C", "第三巡察组", null, capacity, List.of(new Member("丙", null, List.of(new Member.Stint("c-t04", 2019)), Set.of()))));
    }

    static List<Round> rounds(int completed) {
        List<Round> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            LocalDate start = LocalDate.of(2026 + i / 2, i % 2 == 0 ? 3 : 9, 1);
            out.add(new Round(i + 1, start, start.plusMonths(3), i < completed, 0));
        }
        return out;
    }

    static Problem problem(int capacity) {
        return new Problem("2026-2028", 2026, targets(), teams(capacity), rounds(0), List.of(), 62);
    }

    private static Set<String> broken(Problem p, List<Assignment> plan) {
        return PlanChecker.check(p, plan).stream().map(Violation::constraint).collect(Collectors.toSet());
    }

    @Test
    void thePlanCoversEveryTargetOnceAndTheCheckerAgrees() {
        Problem p = problem(100);
        Plan plan = planner.plan(p, 7, 20_000);
        assertTrue(plan.feasible(), plan.unplannable().toString());
        assertEquals(0, plan.hardViolations());
        assertEquals(List.of(), PlanChecker.check(p, plan.assignments()));
        assertEquals(p.targets().size(), plan.assignments().size());
        assertTrue(plan.lowerBound() <= plan.softScore());
        assertTrue(plan.gap() >= 0 && plan.gap() < 1, String.valueOf(plan.gap()));
        // recusal: 甲 worked in township 1 until 2025 and comes from township 3; 乙's relative is at unit 2
        for (Assignment a : plan.assignments()) {
            if (a.team().equals("A")) {
                assertFalse(a.target().startsWith("c-t01") || a.target().startsWith("c-t03"), a.toString());
            }
            if (a.team().equals("B")) {
                assertFalse(a.target().equals("c-u02"), a.toString());
            }
        }
        // villages go with their township; key villages directly or by elevation
        Map<String, Assignment> by = new HashMap<>();
        plan.assignments().forEach(a -> by.put(a.target(), a));
        assertEquals(PatrolMode.TOWNSHIP_WITH_VILLAGES, by.get("c-t02-v03").mode());
        assertEquals(by.get("c-t02").round(), by.get("c-t02-v03").round());
        assertTrue(Set.of(PatrolMode.DIRECT, PatrolMode.ELEVATED).contains(by.get("c-t02-v01").mode()));
        assertEquals(PatrolMode.ELEVATED, by.get("c-t04-v01").mode(), "risk 80 ≥ 62: elevated");
        for (Assignment a : plan.assignments()) {
            Target t = targets().stream().filter(x -> x.code().equals(a.target())).findFirst().orElseThrow();
            if (t.cls() == TargetClass.KEY && t.kind() == TargetKind.VILLAGE) {
                assertTrue(Set.of(PatrolMode.DIRECT, PatrolMode.ELEVATED).contains(a.mode()), "key village " + a
                        + ", whatever the team's zone");
            }
        }
    }

    @Test
    void higherRiskGoesEarlier() {
        Plan plan = planner.plan(problem(100), 7, 20_000);
        Map<String, Target> t = targets().stream().collect(Collectors.toMap(Target::code, x -> x));
        double high = plan.assignments().stream().filter(a -> t.get(a.target()).risk() >= 60)
                .mapToInt(Assignment::round).average().orElseThrow();
        double low = plan.assignments().stream().filter(a -> t.get(a.target()).risk() < 20)
                .mapToInt(Assignment::round).average().orElseThrow();
        assertTrue(high < low, high + " vs " + low);
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        Plan a = planner.plan(problem(100), 42, 10_000), b = planner.plan(problem(100), 42, 10_000);
        assertEquals(a.assignments(), b.assignments());
        assertEquals(a.softScore(), b.softScore());
    }

    /** Each hard constraint, broken on purpose in an otherwise valid plan, is reported under its own name. */
    @Test
    void everyBrokenHardConstraintIsCaught() {
        Problem p = problem(100);
        List<Assignment> ok = planner.plan(p, 7, 5_000).assignments();
        assertEquals(Set.of(), broken(p, ok));
        Map<String, Assignment> by = new HashMap<>();
        ok.forEach(a -> by.put(a.target(), a));

        assertEquals(Set.of(Violation.COVERAGE), broken(p, edit(ok, l -> {
            l.removeIf(a -> a.target().equals("c-u01"));
            return l;
        })));
        assertEquals(Set.of(Violation.TWICE), broken(p, edit(ok, l -> {
            l.add(by.get("c-u01"));
            return l;
        })));
        // everything to team C in round 6: far over capacity (and 丙 worked in township 4 too long ago to matter)
        Set<String> overload = broken(p, edit(ok, l -> l.stream().map(a -> new Assignment(6, "C", a.target(), a.mode())).toList()));
        assertTrue(overload.contains(Violation.CAPACITY), overload.toString());
        Assignment t1 = by.get("c-t01");
        Set<String> recusal = broken(p, edit(ok, l -> {
            l.replaceAll(a -> a.target().startsWith("c-t01") ? new Assignment(a.round(), "A", a.target(), a.mode()) : a);
            return l;
        }));
        assertTrue(recusal.contains(Violation.RECUSAL), recusal.toString());
        assertEquals(Set.of(Violation.WITH_TOWNSHIP), broken(p, edit(ok, l -> {
            l.replaceAll(a -> a.target().equals("c-t01-v03") ? new Assignment(t1.round() == 1 ? 2 : 1, a.team(), a.target(), a.mode()) : a);
            return l;
        })).stream().filter(c -> !c.equals(Violation.CAPACITY)).collect(Collectors.toSet()));
        Assignment unit = by.get("c-u03");
        String sameZoneTeam = "C"; // team C has no zone: cross inspection needs a team from outside the target's zone
        assertEquals(Set.of(Violation.CROSS_ZONE), broken(p, edit(ok, l -> {
            l.replaceAll(a -> a == unit ? new Assignment(a.round(), sameZoneTeam.equals(a.team()) ? a.team() : a.team(), a.target(),
                    PatrolMode.CROSS) : a);
            return l;
        })));
        assertEquals(Set.of(Violation.KEY_VILLAGE), broken(p, edit(ok, l -> {
            l.replaceAll(a -> a.target().equals("c-t02-v01") ? new Assignment(a.round(), a.team(), a.target(), PatrolMode.THEMATIC) : a);
            return l;
        })));
        Problem done = new Problem(p.term(), p.firstYear(), p.targets(), p.teams(), rounds(2), ok, p.elevatedRisk());
        Assignment inFirst = ok.stream().filter(a -> a.round() == 1).findFirst().orElseThrow();
        assertEquals(Set.of(Violation.COMPLETED), broken(done, edit(ok, l -> {
            l.replaceAll(a -> a == inFirst ? new Assignment(a.round(), a.team(), a.target(),
                    a.mode() == PatrolMode.DIRECT ? PatrolMode.AD_HOC : PatrolMode.DIRECT) : a);
            return l;
        })).stream().filter(c -> !c.equals(Violation.KEY_VILLAGE) && !c.equals(Violation.WITH_TOWNSHIP)).collect(Collectors.toSet()));
    }

    private static List<Assignment> edit(List<Assignment> plan, UnaryOperator<List<Assignment>> change) {
        return change.apply(new ArrayList<>(plan));
    }

    @Test
    void anInfeasibleProblemIsExplainedNotPresentedAsComplete() {
        // every team has someone with a relative in township 2: its whole block cannot be planned
        List<Team> teams = teams(100).stream().map(t -> new Team(t.code(), t.name(), t.zone(), t.capacity(),
                List.of(t.members().get(0), new Member("亲属" + t.code(), null, List.of(), Set.of("c-t02"))))).toList();
        Plan plan = planner.plan(new Problem("2026-2028", 2026, targets(), teams, rounds(0), List.of(), 62), 1, 5_000);
        assertFalse(plan.feasible());
        Set<String> left = plan.unplannable().stream().map(Plan.Unplannable::target).collect(Collectors.toSet());
        assertTrue(left.contains("c-t02") && left.contains("c-t02-v01"), left.toString());
        String reason = plan.unplannable().get(0).reason();
        assertTrue(reason.contains("第一巡察组") && reason.contains("第二巡察组") && reason.contains("第三巡察组"), reason);
        assertTrue(plan.hardViolations() >= left.size(), "the missing coverage is counted, not hidden");

        Plan small = planner.plan(problem(35), 1, 5_000);
        assertFalse(small.feasible());
        assertTrue(small.unplannable().stream().anyMatch(u -> u.target().equals("c-t01")), small.unplannable().toString());
        assertTrue(small.unplannable().stream().filter(u -> u.target().equals("c-t01")).allMatch(u -> u.reason().contains("35")),
                "a township with its villages needs more than a team's capacity: " + small.unplannable());
    }

    @Test
    void replanningKeepsCompletedRoundsAndChangesLittle() {
        Problem p = problem(100);
        Plan first = planner.plan(p, 3, 20_000);
        List<Target> more = new ArrayList<>(targets());
        more.add(new Target("c-u07", "新设单位", TargetKind.UNIT, null, null, TargetClass.KEY, 90, 20));
        Problem again = new Problem(p.term(), p.firstYear(), more, p.teams(), rounds(2), first.assignments(), p.elevatedRisk());
        Plan second = planner.plan(again, 3, 20_000);
        assertTrue(second.feasible(), second.unplannable().toString());
        assertEquals(List.of(), PlanChecker.check(again, second.assignments()));
        Set<Assignment> before = first.assignments().stream().filter(a -> a.round() <= 2).collect(Collectors.toSet());
        assertTrue(second.assignments().containsAll(before), "completed rounds are kept as they were");
        assertTrue(second.changed() <= 3, "a new unit needs a slot, not a new plan: " + second.changed() + " changed");
        assertTrue(second.assignments().stream().anyMatch(a -> a.target().equals("c-u07") && a.round() > 2));
    }

    @Test
    void roundCapacityPacesTheTerm() {
        int total = targets().stream().mapToInt(Target::load).sum();
        List<Round> paced = rounds(0).stream().map(r -> new Round(r.number(), r.start(), r.end(), false, (int) Math.ceil(total * 1.25 / 6)))
                .toList();
        Problem p = new Problem("2026-2028", 2026, targets(), teams(100), paced, List.of(), 62);
        Plan plan = planner.plan(p, 5, 20_000);
        assertTrue(plan.feasible(), plan.unplannable().toString());
        Map<String, Target> t = targets().stream().collect(Collectors.toMap(Target::code, x -> x));
        Map<Integer, Integer> load = new HashMap<>();
        plan.assignments().forEach(a -> load.merge(a.round(), t.get(a.target()).load(), Integer::sum));
        assertTrue(load.values().stream().allMatch(l -> l <= paced.get(0).capacity()), load.toString());
        assertTrue(load.size() >= 4, "work spread over the term: " + load);
        assertTrue(plan.lowerBound() <= plan.softScore());
        Set<String> broken = broken(p, plan.assignments().stream().map(a -> new Assignment(1, a.team(), a.target(), a.mode())).toList());
        assertTrue(broken.contains(Violation.ROUND_CAPACITY), broken.toString());
    }

    @Test
    void anEasyProblemIsProvedOptimal() {
        List<Target> few = targets().stream().filter(t -> t.kind() == TargetKind.UNIT).toList();
        Problem p = new Problem("2026", 2026, few, teams(1000), rounds(0).subList(0, 1), List.of(), 62);
        Plan plan = planner.plan(p, 1, 1_000);
        assertTrue(plan.feasible());
        assertTrue(plan.optimal(), plan.softScore() + " vs " + plan.lowerBound());
    }

    @Test
    void theBoundCountsWholeBlocksSoATightPackingIsProvedOptimal() {
        // two teams of 20 load points a round, a first round of 30 and a second of 40, three units of 20: only one fits
        // in the first round. The fractional bound would put a unit and a half there (120 − 87 = 33); whole blocks
        // give 120 − 60 = 60, the optimum.
        List<Target> units = List.of(new Target("u1", "单位1", TargetKind.UNIT, null, null, TargetClass.NORMAL, 60, 20),
                new Target("u2", "单位2", TargetKind.UNIT, null, null, TargetClass.NORMAL, 54, 20),
                new Target("u3", "单位3", TargetKind.UNIT, null, null, TargetClass.NORMAL, 6, 20));
        List<Round> two = List.of(new Round(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), false, 30),
                new Round(2, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), false, 40));
        Problem p = new Problem("2026", 2026, units, List.of(new Team("A", "第一巡察组", null, 20, List.of()), new Team("B", "第二巡察组",
                null, 20, List.of())), two, List.of(), 62);
        Plan plan = planner.plan(p, 1, 2_000);
        assertTrue(plan.feasible(), plan.unplannable() + " " + PlanChecker.check(p, plan.assignments()));
        assertEquals(60, plan.softScore(), plan.parts().toString());
        assertEquals(60, plan.lowerBound());
        assertTrue(plan.optimal());
    }

    @Test
    void repeatedVisitsThatNoPlanAvoidsCountInTheBound() {
        // a township and its two key villages are three blocks; two teams can visit it only twice without repeating
        List<Target> town = List.of(new Target("t1", "镇1", TargetKind.TOWNSHIP, "t1", null, TargetClass.WATCH, 40, 30),
                new Target("t1-v1", "村1", TargetKind.VILLAGE, "t1", null, TargetClass.KEY, 70, 8),
                new Target("t1-v2", "村2", TargetKind.VILLAGE, "t1", null, TargetClass.KEY, 65, 8));
        Problem p = new Problem("2026", 2026, town, List.of(new Team("A", "第一巡察组", null, 100, List.of()), new Team("B", "第二巡察组",
                null, 100, List.of())), rounds(0).subList(0, 1), List.of(), 62);
        Plan plan = planner.plan(p, 1, 2_000);
        assertTrue(plan.feasible(), plan.unplannable().toString());
        assertEquals(200, plan.parts().get("rotation"), plan.parts().toString());
        assertEquals(plan.softScore(), plan.lowerBound(), plan.parts().toString());
        assertTrue(plan.optimal());
    }
}
