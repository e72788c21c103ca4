package org.jiandu.patrol.ui;

import java.util.List;
import java.util.Map;

import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Round;

/** One round as a row of the rounds table: its assignments by team (code). */
record RoundRow(Round round, Map<String, List<Assignment>> byTeam) {

    /** The first team column of the rounds table (after round, dates and state). */
    static final int TEAM_COLUMN = 3;

    int total() {
        return byTeam.values().stream().mapToInt(List::size).sum();
    }
}
