package org.jiandu.patrol.ui;

import static org.jiandu.ui.Tables.column;

import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Target;

/** The columns of a round's assignments: team, then the target as the term knows it (kind, class, risk, zone). */
final class AssignmentsTable {

    private AssignmentsTable() {
    }

    static void columns(TableViewer assignments, ProblemIndex index) {
        column(assignments, Assignment.class, Messages.col_team, 110, a -> index.teamName(a.team()));
        column(assignments, Assignment.class, Messages.col_target, 160, a -> index.target(a.target()) == null ? a.target()
                : index.target(a.target()).name());
        target(assignments, index, Messages.col_kind, 70, t -> ProblemIndex.kind(t.kind()));
        target(assignments, index, Messages.col_class, 60, t -> PatrolLabels.of(t.cls()));
        target(assignments, index, Messages.col_risk, 50, t -> String.valueOf(t.risk()));
        column(assignments, Assignment.class, Messages.col_mode, 90, a -> PatrolLabels.of(a.mode()));
        target(assignments, index, Messages.col_zone, 110, t -> t.zone() == null ? "" : t.zone());
    }

    /** A column of the assigned target; empty for a target the term no longer has. */
    private static void target(TableViewer assignments, ProblemIndex index, String label, int width, Function<Target, String> text) {
        column(assignments, Assignment.class, label, width, a -> {
            Target t = index.target(a.target());
            return t == null ? "" : text.apply(t);
        });
    }
}
