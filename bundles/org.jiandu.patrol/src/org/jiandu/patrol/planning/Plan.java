package org.jiandu.patrol.planning;

import java.util.List;
import java.util.Map;

/**
 * A planner's answer. {@code feasible} only when every target is covered and no hard constraint is broken
 * ({@code hardViolations} is counted by {@link PlanChecker}, not by the planner). {@code softScore} is a cost (lower
 * is better); {@code lowerBound} is proven: no plan of this problem costs less, so {@code softScore - lowerBound} is
 * the most that could still be gained ({@code optimal} when they meet).
 *
 * @param parts   the soft score by part: risk (risk × round), balance, rotation, changes
 * @param changed targets whose round or team differ from the previous plan
 */
public record Plan(boolean feasible, List<Assignment> assignments, List<Unplannable> unplannable, int hardViolations,
        long softScore, long lowerBound, boolean optimal, Map<String, Long> parts, int changed, long millis, long seed,
        int steps) {

    /** A target the plan cannot cover, and why (naming the constraints and, for recusal, the members). */
    public record Unplannable(String target, String name, String reason) {
    }

    /** (score − bound) / score, 0 when optimal. */
    public double gap() {
        return softScore == 0 ? 0 : (double) (softScore - lowerBound) / softScore;
    }
}
