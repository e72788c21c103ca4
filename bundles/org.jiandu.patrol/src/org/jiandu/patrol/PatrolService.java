package org.jiandu.patrol;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.security.Subject;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Violation;

/**
 * Patrol coverage planning (巡察) of a county: its targets (every unit, township and village of the jurisdiction,
 * with class, risk and zone), teams, the term's rounds and saved plans. Limited to the subject's scope and to the roles
 * that plan and carry out patrols ({@link PatrolRights#plans}): plans name team members and their relatives. Every read
 * of a plan or its teams, every export (with the file's SHA-256) and every change is written to the audit log.
 */
public interface PatrolService {

    /**
     * The five-year term containing the year, counted from 2026 (the next county re-election): "2026-2030" for
     * 2026 to 2030, "2031-2035" after.
     */
    static String termContaining(int year) {
        int first = 2026 + Math.floorDiv(year - 2026, 5) * 5;
        return first + "-" + (first + 4);
    }

    /** Load points of a township, a village going with it, a key village on its own, a county-level unit. */
    int TOWNSHIP_LOAD = 30, VILLAGE_LOAD = 4, KEY_VILLAGE_LOAD = 8, UNIT_LOAD = 20;

    /**
     * The county's term with these years, created with {@code roundsPerYear} rounds a year when missing (spring and
     * autumn rounds of three months each: two of inspection, one of rectification). Existing rounds stay as they are.
     *
     * @param term "2026-2030"
     */
    TermView term(Subject subject, String countyCode, String term, int roundsPerYear);

    /** The planning problem of the term: targets, teams, rounds, the current plan as the previous one. */
    Problem problem(Subject subject, String countyCode, String term);

    /** Plans (or replans) the term and saves the plan as the current one (also when infeasible, marked so). */
    Plan plan(Subject subject, String countyCode, String term, long seed, int steps);

    /** The current plan's assignments, empty when the term was never planned. */
    List<Assignment> currentPlan(Subject subject, String countyCode, String term);

    /**
     * Saves an edited plan (e.g. assignments moved by hand) as the current plan. Refused with the violations when any
     * hard constraint is broken, so a saved plan is always a valid one.
     *
     * @throws IllegalArgumentException naming the violations
     */
    void savePlan(Subject subject, String countyCode, String term, List<Assignment> plan);

    /** Every hard constraint of the given plan checked against the term's problem, independently of the planner. */
    List<Violation> check(Subject subject, String countyCode, String term, List<Assignment> plan);

    /**
     * The current plan as XLSX (or PDF when the name ends in .pdf): one row per assignment (round, team, target, class,
     * risk, mode) and the targets not planned.
     */
    void exportPlan(Subject subject, String countyCode, String term, Path xlsx) throws IOException;

    /**
     * The term's schedule for the subject's own jurisdiction: every round, and the current plan's assignments of the
     * targets in the subject's scope (a township user: its township and villages), with team names but no members.
     * Read by the planners and by a township commission ({@link PatrolRights#readsSchedule}); empty when the county
     * has not set up the term yet.
     */
    PatrolSchedule schedule(Subject subject, String countyCode, String term);

    /** Marks a round completed: from now on its assignments are history and never change. */
    void completeRound(Subject subject, String countyCode, String term, int round);
}
