package org.jiandu.patrol.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.PatrolPlanner;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.PlanChecker;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Recusal;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;
import org.osgi.service.component.annotations.Component;

/**
 * The planner: our own search, not a solver library (Timefold needs six wrapped libraries in the runtime; this
 * problem has a structure a small search handles well, and a lower bound we can prove).
 *
 * <ol>
 * <li>Targets are grouped into blocks that must travel together: a township with its non-key villages (巡镇带村), and
 * every other target alone (key villages by elevation or directly, units directly).</li>
 * <li>Each block's allowed slots (open round × team) are those where no member must recuse and the block fits the
 * team's capacity; a block without any is unplannable, with the reasons.</li>
 * <li>Construction: blocks by risk per load point, highest first, each into the earliest slot with room (the
 * previous plan's slot first when replanning).</li>
 * <li>Late-acceptance hill climbing with moves and swaps, seeded, a fixed number of steps.</li>
 * </ol>
 * Lower bound: the risk part, written as the risk still waiting at each round, bounded round by round with a 0/1
 * knapsack of whole blocks into the capacity of the rounds before it (stronger than the fractional packing by risk
 * density), plus one change for every previous slot that is no longer allowed, plus the repeated visits a
 * matching of each township's blocks to their allowed teams proves unavoidable; the balance part is bounded by zero.
 */
@Component(service = PatrolPlanner.class)
public class LocalSearchPlanner implements PatrolPlanner {

    static final long W_BALANCE_DIV = 1000, W_ROTATION = 200, W_CHANGE = 2000;
    private static final int HISTORY = 400;

    /** Targets that go together, led by the first. */
    private static final class Block {
        final List<Target> targets = new ArrayList<>();
        PatrolMode mode;
        int load, risk;
        String township;
        int[] allowed; // slot indices
        int slot = -1, previousSlot = -1;

        String code() {
            return targets.get(0).code();
        }

        double density() {
            return (double) risk / Math.max(1, load);
        }
    }

    @Override
    public Plan plan(Problem p, long seed, int steps) {
        long t0 = System.currentTimeMillis();
        List<Round> open = p.rounds().stream().filter(r -> !r.completed()).sorted(Comparator.comparingInt(Round::number)).toList();
        List<Integer> allRounds = p.rounds().stream().map(Round::number).sorted().toList();
        List<Team> teams = p.teams();
        int slots = open.size() * teams.size();

        // completed rounds are history: their assignments stay as they are
        Set<Integer> completed = new HashSet<>();
        p.rounds().stream().filter(Round::completed).forEach(r -> completed.add(r.number()));
        List<Assignment> fixed = p.previous().stream().filter(a -> completed.contains(a.round())).toList();
        Set<String> done = new HashSet<>();
        fixed.forEach(a -> done.add(a.target()));
        Map<String, Assignment> previous = new HashMap<>();
        p.previous().stream().filter(a -> !completed.contains(a.round())).forEach(a -> previous.put(a.target(), a));

        List<Block> blocks = blocks(p, done);
        List<Plan.Unplannable> unplannable = new ArrayList<>();
        int maxCapacity = teams.stream().mapToInt(Team::capacity).max().orElse(0);
        for (Block b : blocks) {
            List<Integer> allowed = new ArrayList<>();
            Map<String, String> why = new LinkedHashMap<>();
            for (int r = 0; r < open.size(); r++) {
                int year = open.get(r).start().getYear();
                for (int t = 0; t < teams.size(); t++) {
                    Team team = teams.get(t);
                    List<String> reasons = new ArrayList<>();
                    for (Target target : b.targets) {
                        reasons.addAll(Recusal.reasons(team, target, year));
                    }
                    if (!reasons.isEmpty()) {
                        why.putIfAbsent(team.name(), reasons.get(0));
                    } else if (b.load <= team.capacity()) {
                        allowed.add(r * teams.size() + t);
                    }
                }
            }
            b.allowed = allowed.stream().mapToInt(Integer::intValue).toArray();
            Assignment prev = previous.get(b.code());
            if (prev != null) {
                int r = indexOfRound(open, prev.round()), t = indexOfTeam(teams, prev.team());
                b.previousSlot = r < 0 || t < 0 ? -2 : r * teams.size() + t; // -2: previous slot gone (round closed or team removed)
            }
            if (b.allowed.length == 0) {
                String reason = open.isEmpty() ? PatrolMessages.no_open_round
                        : b.load > maxCapacity ? PatrolMessages.bind(PatrolMessages.too_big, b.load, maxCapacity)
                        : PatrolMessages.bind(PatrolMessages.all_recuse, String.join("; ", why.entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue()).toList()));
                for (Target t : b.targets) {
                    unplannable.add(new Plan.Unplannable(t.code(), t.name(), reason));
                }
            }
        }
        List<Block> plannable = blocks.stream().filter(b -> b.allowed.length > 0).toList();

        // construction
        int[] room = new int[slots];
        for (int s = 0; s < slots; s++) {
            room[s] = teams.get(s % teams.size()).capacity();
        }
        long[] teamLoad = new long[teams.size()];
        int[] roundRoom = new int[open.size()];
        for (int r = 0; r < open.size(); r++) {
            roundRoom[r] = open.get(r).capacity() > 0 ? open.get(r).capacity() : Integer.MAX_VALUE / 2;
        }
        List<Block> order = new ArrayList<>(plannable);
        order.sort(Comparator.comparingDouble(Block::density).reversed().thenComparing(Block::code));
        List<Block> placed = new ArrayList<>();
        for (Block b : order) {
            int best = -1;
            if (b.previousSlot >= 0 && contains(b.allowed, b.previousSlot) && room[b.previousSlot] >= b.load
                    && roundRoom[b.previousSlot / teams.size()] >= b.load) {
                best = b.previousSlot;
            } else {
                for (int s : b.allowed) {
                    if (room[s] >= b.load && roundRoom[s / teams.size()] >= b.load && (best < 0 || s / teams.size() < best / teams.size()
                            || (s / teams.size() == best / teams.size() && teamLoad[s % teams.size()] < teamLoad[best % teams.size()]))) {
                        best = s;
                    }
                }
            }
            if (best < 0) {
                int most = 0;
                for (int s : b.allowed) {
                    most = Math.max(most, Math.min(room[s], roundRoom[s / teams.size()]));
                }
                for (Target t : b.targets) {
                    unplannable.add(new Plan.Unplannable(t.code(), t.name(), PatrolMessages.bind(PatrolMessages.no_room, b.load, most)));
                }
                continue;
            }
            b.slot = best;
            room[best] -= b.load;
            roundRoom[best / teams.size()] -= b.load;
            teamLoad[best % teams.size()] += b.load;
            placed.add(b);
        }

        // local search
        Search search = new Search(placed, teams.size(), open, allRounds, room, roundRoom, teamLoad);
        search.run(new Random(seed), steps);

        // the answer
        List<Assignment> out = new ArrayList<>(fixed);
        int changed = 0;
        for (Block b : placed) {
            Round r = open.get(b.slot / teams.size());
            Team team = teams.get(b.slot % teams.size());
            for (Target t : b.targets) {
                // a team from outside the target's zone inspects it as 交叉巡, except key villages, which are always
                // inspected directly or by elevation
                boolean keyVillage = t.kind() == TargetKind.VILLAGE && t.cls() == TargetClass.KEY;
                PatrolMode mode = b.mode == PatrolMode.DIRECT && !keyVillage && team.zone() != null && t.zone() != null
                        && !team.zone().equals(t.zone()) ? PatrolMode.CROSS : b.mode;
                Assignment a = new Assignment(r.number(), team.code(), t.code(), mode);
                out.add(a);
                Assignment prev = previous.get(t.code());
                if (prev != null && (prev.round() != a.round() || !prev.team().equals(a.team()))) {
                    changed++;
                }
            }
        }
        out.sort(Comparator.comparingInt(Assignment::round).thenComparing(Assignment::team).thenComparing(Assignment::target));
        int hard = PlanChecker.check(p, out).size();
        Map<String, Long> parts = search.parts();
        long fixedRisk = 0;
        Map<String, Target> byCode = new HashMap<>();
        p.targets().forEach(t -> byCode.put(t.code(), t));
        for (Assignment a : fixed) {
            Target t = byCode.get(a.target());
            fixedRisk += t == null ? 0 : (long) t.risk() * allRounds.indexOf(a.round());
        }
        parts.put("risk", parts.get("risk") + fixedRisk);
        long score = parts.values().stream().mapToLong(Long::longValue).sum();
        long bound = lowerBound(plannable, open, allRounds, teams) + fixedRisk;
        unplannable.sort(Comparator.comparing(Plan.Unplannable::target));
        return new Plan(unplannable.isEmpty() && hard == 0, out, unplannable, hard, score, Math.min(bound, score),
                bound >= score, parts, changed, System.currentTimeMillis() - t0, seed, steps);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfRound(List<Round> rounds, int number) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfTeam(List<Team> teams, String code) {
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Townships with their non-key villages, then everything else alone; targets already inspected are left out. */
    static List<Block> blocks(Problem p, Set<String> done) {
        Map<String, Block> townships = new LinkedHashMap<>();
        List<Block> out = new ArrayList<>();
        for (Target t : p.targets()) {
            if (t.kind() == TargetKind.TOWNSHIP && !done.contains(t.code())) {
                Block b = new Block();
                b.targets.add(t);
                b.mode = PatrolMode.TOWNSHIP_WITH_VILLAGES;
                b.township = t.code();
                townships.put(t.code(), b);
                out.add(b);
            }
        }
        for (Target t : p.targets()) {
            if (done.contains(t.code()) || t.kind() == TargetKind.TOWNSHIP) {
                continue;
            }
            Block town = t.kind() == TargetKind.VILLAGE && t.cls() != TargetClass.KEY ? townships.get(t.townshipCode()) : null;
            if (town != null) {
                town.targets.add(t);
                continue;
            }
            Block b = new Block();
            b.targets.add(t);
            b.township = t.townshipCode();
            b.mode = t.kind() == TargetKind.VILLAGE && t.cls() == TargetClass.KEY && t.risk() >= p.elevatedRisk()
                    ? PatrolMode.ELEVATED : PatrolMode.DIRECT;
            out.add(b);
        }
        for (Block b : out) {
            for (Target t : b.targets) {
                b.load += t.load();
                b.risk += t.risk();
            }
            if (b.targets.size() == 1 && b.targets.get(0).kind() == TargetKind.TOWNSHIP) {
                b.mode = PatrolMode.DIRECT; // a township without villages to bring along
            }
        }
        return out;
    }

    /**
     * A lower bound of the risk part plus the forced changes. The risk part Σ risk × round index equals
     * Σ over open rounds k ≥ 1 of (index gap) × (risk not yet inspected before round k), plus the total risk times the
     * first open round's index; the risk inspected before round k is at most the best 0/1 knapsack of whole blocks into
     * the capacity of the rounds before it. One knapsack table serves every k; it is never weaker than the fractional
     * packing by risk density (the LP relaxation), which is used instead when the table would be too large.
     */
    static long lowerBound(List<Block> blocks, List<Round> open, List<Integer> allRounds, List<Team> teams) {
        long changes = 0;
        for (Block b : blocks) {
            if (b.previousSlot == -2 || (b.previousSlot >= 0 && !contains(b.allowed, b.previousSlot))) {
                changes += W_CHANGE; // its old slot is not allowed any more: it must move
            }
        }
        changes += forcedRepeats(blocks, teams.size()) * W_ROTATION;
        if (open.isEmpty()) {
            return changes;
        }
        long teamsTotal = teams.stream().mapToLong(Team::capacity).sum();
        long total = blocks.stream().mapToLong(b -> b.risk).sum(), load = blocks.stream().mapToLong(b -> b.load).sum();
        long[] before = new long[open.size()]; // capacity of the open rounds before round k
        for (int k = 1; k < open.size(); k++) {
            before[k] = before[k - 1] + (long) Math.floor(roundCapacity(open.get(k - 1), teamsTotal));
        }
        int cap = (int) Math.min(load, Math.min(before[open.size() - 1], KNAPSACK_LIMIT));
        long[] best = before[open.size() - 1] <= KNAPSACK_LIMIT || load <= KNAPSACK_LIMIT ? knapsack(blocks, cap) : null;
        double[] frac = best == null ? fractional(blocks, before) : null;
        double cost = (double) total * allRounds.indexOf(open.get(0).number());
        for (int k = 1; k < open.size(); k++) {
            double early = best != null ? best[(int) Math.min(before[k], cap)] : frac[k];
            cost += (double) (allRounds.indexOf(open.get(k).number()) - allRounds.indexOf(open.get(k - 1).number())) * (total - early);
        }
        return (long) Math.floor(cost + 1e-6) + changes;
    }

    /**
     * Repeated visits no plan avoids: a township's blocks (its bundle, its key villages) can go to as many different
     * teams as a maximum matching of blocks to their allowed teams has edges; every other block repeats a team.
     */
    static long forcedRepeats(List<Block> blocks, int teams) {
        Map<String, List<Block>> byTownship = new HashMap<>();
        for (Block b : blocks) {
            if (b.township != null) {
                byTownship.computeIfAbsent(b.township, k -> new ArrayList<>()).add(b);
            }
        }
        long repeats = 0;
        for (List<Block> group : byTownship.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<boolean[]> allowed = new ArrayList<>();
            for (Block b : group) {
                boolean[] t = new boolean[teams];
                for (int slot : b.allowed) {
                    t[slot % teams] = true;
                }
                allowed.add(t);
            }
            int[] teamOf = new int[teams];
            Arrays.fill(teamOf, -1);
            int matched = 0;
            for (int i = 0; i < group.size(); i++) {
                if (augment(i, allowed, teamOf, new boolean[teams])) {
                    matched++;
                }
            }
            repeats += group.size() - matched;
        }
        return repeats;
    }

    /** Kuhn's augmenting path: block i gets a team, possibly moving another block to another of its teams. */
    private static boolean augment(int i, List<boolean[]> allowed, int[] blockOfTeam, boolean[] seen) {
        boolean[] mine = allowed.get(i);
        for (int t = 0; t < mine.length; t++) {
            if (mine[t] && !seen[t]) {
                seen[t] = true;
                if (blockOfTeam[t] < 0 || augment(blockOfTeam[t], allowed, blockOfTeam, seen)) {
                    blockOfTeam[t] = i;
                    return true;
                }
            }
        }
        return false;
    }

    /** Largest capacity (load points) the knapsack table is built for. */
    private static final long KNAPSACK_LIMIT = 2_000_000;

    /** best[c]: the most risk whole blocks of total load at most c can hold. */
    static long[] knapsack(List<Block> blocks, int cap) {
        long[] best = new long[cap + 1];
        for (Block b : blocks) {
            for (int c = cap; c >= b.load && b.load > 0; c--) {
                best[c] = Math.max(best[c], best[c - b.load] + b.risk);
            }
            if (b.load <= 0) {
                for (int c = 0; c <= cap; c++) {
                    best[c] += b.risk;
                }
            }
        }
        return best;
    }

    /** frac[k]: the most risk fitting into before[k] load points when blocks may be split (by risk density). */
    private static double[] fractional(List<Block> blocks, long[] before) {
        List<Block> order = new ArrayList<>(blocks);
        order.sort(Comparator.comparingDouble(Block::density).reversed());
        double[] out = new double[before.length];
        for (int k = 1; k < before.length; k++) {
            double room = before[k], risk = 0;
            for (Block b : order) {
                double take = Math.min(room, b.load);
                risk += b.density() * take;
                room -= take;
                if (room <= 0) {
                    break;
                }
            }
            out[k] = risk;
        }
        return out;
    }

    /** What a round can take: its own capacity if it has one, and never more than all teams together. */
    private static double roundCapacity(Round r, long teamsTotal) {
        return r.capacity() > 0 ? Math.min(r.capacity(), teamsTotal) : teamsTotal;
    }

    /** Late-acceptance hill climbing over moves and swaps, with incremental cost. */
    private static final class Search {
        final List<Block> blocks;
        final int teams;
        final int[] roundIndex; // open round → index in the whole term
        final int[] room, roundRoom;
        final long[] teamLoad;
        final Map<String, int[]> visits = new HashMap<>(); // township → per team count
        long risk, rotation, changes;

        Search(List<Block> blocks, int teams, List<Round> open, List<Integer> allRounds, int[] room, int[] roundRoom, long[] teamLoad) {
            this.blocks = blocks;
            this.teams = teams;
            this.room = room;
            this.roundRoom = roundRoom;
            this.teamLoad = teamLoad;
            roundIndex = new int[open.size()];
            for (int i = 0; i < open.size(); i++) {
                roundIndex[i] = allRounds.indexOf(open.get(i).number());
            }
            for (Block b : blocks) {
                risk += (long) b.risk * roundIndex[b.slot / teams];
                changes += changed(b, b.slot) ? W_CHANGE : 0;
                if (b.township != null) {
                    int[] v = visits.computeIfAbsent(b.township, k -> new int[teams]);
                    rotation += v[b.slot % teams]++ > 0 ? W_ROTATION : 0;
                }
            }
        }

        boolean changed(Block b, int slot) {
            return b.previousSlot != -1 && b.previousSlot != slot;
        }

        long balance() {
            double mean = 0;
            for (long l : teamLoad) {
                mean += l;
            }
            mean /= Math.max(1, teamLoad.length);
            double sq = 0;
            for (long l : teamLoad) {
                sq += (l - mean) * (l - mean);
            }
            return (long) (sq / W_BALANCE_DIV);
        }

        long cost() {
            return risk + balance() + rotation + changes;
        }

        Map<String, Long> parts() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("risk", risk);
            m.put("balance", balance());
            m.put("rotation", rotation);
            m.put("changes", changes);
            return m;
        }

        /** Moves a block (no capacity check here). */
        void place(Block b, int to) {
            int from = b.slot;
            room[from] += b.load;
            room[to] -= b.load;
            roundRoom[from / teams] += b.load;
            roundRoom[to / teams] -= b.load;
            teamLoad[from % teams] -= b.load;
            teamLoad[to % teams] += b.load;
            risk += (long) b.risk * (roundIndex[to / teams] - roundIndex[from / teams]);
            changes += (changed(b, to) ? W_CHANGE : 0) - (changed(b, from) ? W_CHANGE : 0);
            if (b.township != null) {
                int[] v = visits.get(b.township);
                rotation -= --v[from % teams] > 0 ? W_ROTATION : 0;
                rotation += v[to % teams]++ > 0 ? W_ROTATION : 0;
            }
            b.slot = to;
        }

        void run(Random random, int steps) {
            if (blocks.size() < 1) {
                return;
            }
            long current = cost();
            long[] history = new long[HISTORY];
            Arrays.fill(history, current);
            int[] best = new int[blocks.size()];
            long bestCost = current;
            for (int i = 0; i < best.length; i++) {
                best[i] = blocks.get(i).slot;
            }
            for (int step = 0; step < steps; step++) {
                Block a = blocks.get(random.nextInt(blocks.size()));
                int fromA = a.slot;
                boolean swap = random.nextBoolean() && blocks.size() > 1;
                Block b = null;
                int to;
                if (swap) {
                    b = blocks.get(random.nextInt(blocks.size()));
                    to = b.slot;
                    if (b == a || to == fromA || !contains(a.allowed, to) || !contains(b.allowed, fromA)
                            || room[to] + b.load < a.load || room[fromA] + a.load < b.load
                            || (to / teams != fromA / teams && (roundRoom[to / teams] + b.load < a.load
                                    || roundRoom[fromA / teams] + a.load < b.load))) {
                        continue;
                    }
                    place(a, to);
                    place(b, fromA);
                } else {
                    to = a.allowed[random.nextInt(a.allowed.length)];
                    if (to == fromA || room[to] < a.load || (to / teams != fromA / teams && roundRoom[to / teams] < a.load)) {
                        continue;
                    }
                    place(a, to);
                }
                long next = cost();
                int h = step % HISTORY;
                if (next <= current || next <= history[h]) {
                    current = next;
                    if (next < bestCost) {
                        bestCost = next;
                        for (int i = 0; i < best.length; i++) {
                            best[i] = blocks.get(i).slot;
                        }
                    }
                } else if (swap) {
                    place(b, to);
                    place(a, fromA);
                } else {
                    place(a, fromA);
                }
                if (current < history[h]) {
                    history[h] = current;
                }
            }
            for (int i = 0; i < best.length; i++) {
                Block b = blocks.get(i);
                if (b.slot != best[i]) {
                    place(b, best[i]);
                }
            }
        }
    }
}
