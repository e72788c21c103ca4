package org.jiandu.patrol.planning;

import java.util.List;

/**
 * A term to plan: targets, teams, rounds, and an existing plan (the completed rounds' assignments are kept as they
 * are; the others are kept where that costs little).
 *
 * @param firstYear    the term's first year (recusal looks back three years from each round's year)
 * @param elevatedRisk key villages at or above this risk are inspected by elevation (提级巡), others directly
 * @param previous     the existing plan, or empty
 */
public record Problem(String term, int firstYear, List<Target> targets, List<Team> teams, List<Round> rounds,
        List<Assignment> previous, int elevatedRisk) {

    public Problem {
        targets = List.copyOf(targets);
        teams = List.copyOf(teams);
        rounds = List.copyOf(rounds);
        previous = List.copyOf(previous);
    }
}
