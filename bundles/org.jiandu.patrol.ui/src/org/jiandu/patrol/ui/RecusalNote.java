package org.jiandu.patrol.ui;

import java.util.List;

import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Recusal;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;

/** Which teams must recuse from an assigned target, and why (回避说明), one line per team. */
final class RecusalNote {

    private RecusalNote() {
    }

    /** The year of the assignment's round (the rules depend on who served where when). */
    static int year(Problem problem, Assignment a) {
        return problem.rounds().stream().filter(r -> r.number() == a.round()).findFirst().map(r -> r.start().getYear())
                .orElse(problem.firstYear());
    }

    static String text(Problem problem, Target t, int year) {
        StringBuilder sb = new StringBuilder();
        for (Team team : problem.teams()) {
            List<String> why = Recusal.reasons(team, t, year);
            sb.append(team.name()).append(": ").append(why.isEmpty() ? Messages.no_recusal : String.join("；", why)).append('\n');
        }
        return sb.toString();
    }
}
