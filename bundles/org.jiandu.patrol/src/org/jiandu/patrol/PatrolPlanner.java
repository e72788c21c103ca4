package org.jiandu.patrol;

import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;

/**
 * Plans a patrol term: every target once, within team capacity, without recusal conflicts, villages with their
 * township under 巡镇带村, key villages inspected directly or by elevation, completed rounds untouched; then, softly,
 * higher risk earlier, balanced team load, teams rotating across townships and few changes to an existing plan.
 * Deterministic for a given seed and number of steps.
 */
public interface PatrolPlanner {

    /**
     * @param steps local-search steps after the construction (the effort; the same steps and seed give the same plan)
     */
    Plan plan(Problem problem, long seed, int steps);
}
