package org.jiandu.patrol.ui;

import java.util.ArrayList;
import java.util.List;

import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Target;

/**
 * What dragging one target does to a plan: it moves to another round (and team), and a township inspected with its
 * villages (巡镇带村) takes those villages of the same round and team along.
 */
final class PlanMove {

    private PlanMove() {
    }

    /**
     * The plan {@code base} with {@code targetCode} moved to {@code round} and {@code team} (its code; null keeps the
     * team); null when the target is not in the plan.
     */
    static List<Assignment> apply(List<Assignment> base, ProblemIndex index, String targetCode, int round, String team) {
        Assignment moved = base.stream().filter(a -> a.target().equals(targetCode)).findFirst().orElse(null);
        if (moved == null) {
            return null;
        }
        Target t = index.target(targetCode);
        boolean bundle = moved.mode() == PatrolMode.TOWNSHIP_WITH_VILLAGES && t != null && t.kind() == TargetKind.TOWNSHIP;
        String township = t == null ? null : t.townshipCode();
        List<Assignment> next = new ArrayList<>();
        for (Assignment a : base) {
            Target x = index.target(a.target());
            boolean goes = a.target().equals(targetCode) || (bundle && x != null && township.equals(x.townshipCode())
                    && a.mode() == PatrolMode.TOWNSHIP_WITH_VILLAGES && a.round() == moved.round() && a.team().equals(moved.team()));
            next.add(goes ? new Assignment(round, team == null ? a.team() : team, a.target(), a.mode()) : a);
        }
        return next;
    }
}
