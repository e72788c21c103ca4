package org.jiandu.patrol.ui;

import static org.jiandu.ui.Tables.column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Team;

/**
 * The rounds table of a plan: round, dates, state, then one column per team (from {@link RoundRow#TEAM_COLUMN}, the
 * teams being the term's) with its number of targets, and the total.
 */
final class RoundsTable {

    private RoundsTable() {
    }

    /** Makes the columns for the problem's teams and shows the plan's rounds; returns the rows. */
    static List<RoundRow> show(TableViewer rounds, Problem p, List<Assignment> plan) {
        while (rounds.getTable().getColumnCount() > 0) {
            rounds.getTable().getColumn(0).dispose();
        }
        column(rounds, RoundRow.class, Messages.col_round, 50, r -> String.valueOf(r.round().number()));
        column(rounds, RoundRow.class, Messages.col_dates, 170, r -> r.round().start() + " – " + r.round().end());
        column(rounds, RoundRow.class, Messages.col_state, 60, r -> r.round().completed() ? Messages.done : "");
        for (Team t : p.teams()) {
            column(rounds, RoundRow.class, t.name(), 90, r -> String.valueOf(r.byTeam().getOrDefault(t.code(), List.of()).size()));
        }
        column(rounds, RoundRow.class, Messages.col_total, 60, r -> String.valueOf(r.total()));
        List<RoundRow> rows = new ArrayList<>();
        for (Round r : p.rounds()) {
            Map<String, List<Assignment>> by = new LinkedHashMap<>();
            for (Assignment a : plan) {
                if (a.round() == r.number()) {
                    by.computeIfAbsent(a.team(), k -> new ArrayList<>()).add(a);
                }
            }
            rows.add(new RoundRow(r, by));
        }
        rounds.setInput(rows);
        return rows;
    }
}
