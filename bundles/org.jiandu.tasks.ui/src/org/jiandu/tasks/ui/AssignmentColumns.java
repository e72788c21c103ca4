package org.jiandu.tasks.ui;

import static org.jiandu.ui.Tables.column;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.TaskLabels;
import org.jiandu.tasks.Warning;

/** The columns a table of bodies' tasks shows, the same on the work list and under a list. */
final class AssignmentColumns {

    private AssignmentColumns() {
    }

    static void add(TableViewer table, boolean withList) {
        column(table, AssignmentView.class, Messages.col_body, 150, AssignmentView::bodyName);
        column(table, AssignmentView.class, Messages.col_task, 200, a -> a.taskNo() + ". " + a.title());
        column(table, AssignmentView.class, Messages.col_deadline, 90, a -> a.standing().deadline().toString());
        column(table, AssignmentView.class, Messages.col_status, 90, a -> TaskLabels.of(a.standing().status()));
        column(table, AssignmentView.class, Messages.col_warning, 150, AssignmentColumns::warning);
        column(table, AssignmentView.class, Messages.col_returns, 50, a -> a.standing().returns() == 0 ? "" : String.valueOf(a.standing()
                .returns()));
        column(table, AssignmentView.class, Messages.col_points, 50, a -> a.points().toPlainString());
        if (withList) {
            // last: on a small screen what is due and its warning come first
            column(table, AssignmentView.class, Messages.col_list, 150, AssignmentView::listTitle);
        }
    }

    /** The warning and who it goes to; days late for a late one. */
    static String warning(AssignmentView a) {
        if (a.standing().warning() == Warning.NONE) {
            return a.standing().daysLate() > 0 ? NLS.bind(Messages.days_late, a.standing().daysLate()) : "";
        }
        return TaskLabels.of(a.standing().warning()) + " → " + String.join("、", a.warned());
    }
}
