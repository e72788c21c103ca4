package org.jiandu.patrol.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.internal.PatrolMessages;

/**
 * Checks every hard constraint of a plan on its own, without the planner: any plan (the planner's, an edited one, one
 * read from JSON) is judged the same way.
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    public static List<Violation> check(Problem p, List<Assignment> plan) {
        List<Violation> out = new ArrayList<>();
        Map<String, Target> targets = new HashMap<>();
        p.targets().forEach(t -> targets.put(t.code(), t));
        Map<String, Team> teams = new HashMap<>();
        p.teams().forEach(t -> teams.put(t.code(), t));
        Map<Integer, Round> rounds = new HashMap<>();
        p.rounds().forEach(r -> rounds.put(r.number(), r));
        Map<String, Assignment> byTarget = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        Map<Integer, Integer> roundLoad = new HashMap<>();
        for (Assignment a : plan) {
            Target t = targets.get(a.target());
            Team team = teams.get(a.team());
            Round round = rounds.get(a.round());
            if (t == null || team == null || round == null || a.mode() == null) {
                out.add(new Violation(Violation.UNKNOWN, a.target(), a.team(), a.round(), PatrolMessages.bind(PatrolMessages.v_unknown,
                        new Object[] { a.target(), a.team(), a.round() })));
                continue;
            }
            if (byTarget.put(a.target(), a) != null) {
                out.add(new Violation(Violation.TWICE, a.target(), a.team(), a.round(),
                        PatrolMessages.bind(PatrolMessages.v_twice, t.name())));
            }
            load.merge(a.team() + "#" + a.round(), t.load(), Integer::sum);
            if (!round.completed()) {
                roundLoad.merge(a.round(), t.load(), Integer::sum);
            }
            int year = round.start().getYear();
            for (String why : Recusal.reasons(team, t, year)) {
                out.add(new Violation(Violation.RECUSAL, a.target(), a.team(), a.round(), PatrolMessages.bind(PatrolMessages.v_recusal,
                        new Object[] { team.name(), t.name(), why })));
            }
            if (a.mode() == PatrolMode.CROSS && (team.zone() == null || t.zone() == null || team.zone().equals(t.zone()))) {
                out.add(new Violation(Violation.CROSS_ZONE, a.target(), a.team(), a.round(), PatrolMessages.bind(PatrolMessages.v_cross,
                        new Object[] { team.name(), t.name(), String.valueOf(t.zone()) })));
            }
            if (t.kind() == TargetKind.VILLAGE && t.cls() == TargetClass.KEY && a.mode() != PatrolMode.DIRECT
                    && a.mode() != PatrolMode.ELEVATED) {
                out.add(new Violation(Violation.KEY_VILLAGE, a.target(), a.team(), a.round(), PatrolMessages.bind(PatrolMessages.v_key,
                        t.name(), a.mode().chinese())));
            }
        }
        for (Target t : p.targets()) {
            if (!byTarget.containsKey(t.code())) {
                out.add(new Violation(Violation.COVERAGE, t.code(), null, null, PatrolMessages.bind(PatrolMessages.v_coverage, t.name())));
            }
        }
        load.forEach((key, l) -> {
            String[] k = key.split("#");
            Team team = teams.get(k[0]);
            if (l > team.capacity()) {
                out.add(new Violation(Violation.CAPACITY, null, k[0], Integer.valueOf(k[1]), PatrolMessages.bind(PatrolMessages.v_capacity,
                        new Object[] { team.name(), k[1], l, team.capacity() })));
            }
        });
        roundLoad.forEach((r, l) -> {
            int cap = rounds.get(r).capacity();
            if (cap > 0 && l > cap) {
                out.add(new Violation(Violation.ROUND_CAPACITY, null, null, r, PatrolMessages.bind(PatrolMessages.v_round_capacity,
                        new Object[] { r, l, cap })));
            }
        });
        // 巡镇带村: the villages go with their township, same round and team
        for (Assignment a : byTarget.values()) {
            Target t = targets.get(a.target());
            if (a.mode() != PatrolMode.TOWNSHIP_WITH_VILLAGES) {
                continue;
            }
            if (t.kind() == TargetKind.VILLAGE) {
                Assignment town = byTarget.get(t.townshipCode());
                if (town == null || town.mode() != PatrolMode.TOWNSHIP_WITH_VILLAGES || town.round() != a.round()
                        || !town.team().equals(a.team())) {
                    out.add(new Violation(Violation.WITH_TOWNSHIP, a.target(), a.team(), a.round(),
                            PatrolMessages.bind(PatrolMessages.v_with_township, t.name())));
                }
            } else if (t.kind() != TargetKind.TOWNSHIP) {
                out.add(new Violation(Violation.WITH_TOWNSHIP, a.target(), a.team(), a.round(),
                        PatrolMessages.bind(PatrolMessages.v_not_township, t.name())));
            }
        }
        // completed rounds are history: exactly the assignments they had
        Set<Assignment> now = new HashSet<>(plan);
        Set<Assignment> before = new HashSet<>();
        for (Assignment a : p.previous()) {
            Round r = rounds.get(a.round());
            if (r != null && r.completed()) {
                before.add(a);
                if (!now.contains(a)) {
                    out.add(new Violation(Violation.COMPLETED, a.target(), a.team(), a.round(), PatrolMessages.bind(
                            PatrolMessages.v_completed_changed, a.target(), a.round())));
                }
            }
        }
        for (Assignment a : plan) {
            Round r = rounds.get(a.round());
            if (r != null && r.completed() && !before.contains(a)) {
                out.add(new Violation(Violation.COMPLETED, a.target(), a.team(), a.round(), PatrolMessages.bind(
                        PatrolMessages.v_completed_added, a.target(), a.round())));
            }
        }
        return out;
    }
}
