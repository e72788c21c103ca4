package org.jiandu.tasks.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.ReportView;
import org.jiandu.tasks.TaskLabels;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;

/** A body's task: what it asks, every report and its verification, oldest first. */
final class History {

    private History() {
    }

    static void show(Control owner, TasksService tasks, Session session, AssignmentView a) {
        Jobs.background(owner, Mnemonics.plain(Messages.history), () -> tasks.history(session.subject(), a.id()),
                h -> Dialogs.info(owner.getShell(),
                NLS.bind(Messages.history_title, a.bodyName(), a.title()), describe(a, h)));
    }

    static String describe(AssignmentView a, List<ReportView> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append(NLS.bind(Messages.history_task, new Object[] { a.requirement(), a.evidence() == null ? Messages.none : a.evidence(),
            a.deadline(), a.points() })).append('\n');
        if (reports.isEmpty()) {
            sb.append('\n').append(Messages.history_none);
        }
        for (ReportView r : reports) {
            sb.append('\n').append(NLS.bind(Messages.history_report, new Object[] { r.seq(), r.reportedOn(), r.reportedBy(), r.text() }));
            LocalDate entered = LocalDate.ofInstant(r.reportedAt(), ZoneId.systemDefault());
            if (!entered.equals(r.reportedOn())) {
                sb.append(' ').append(NLS.bind(Messages.history_entered, entered));
            }
            if (r.evidenceName() != null) {
                sb.append(" [").append(r.evidenceName()).append(']');
            }
            if (r.outcome() != null) {
                sb.append('\n').append(NLS.bind(Messages.history_verification, new Object[] { r.verifiedOn(), r.verifiedBy(),
                    TaskLabels.of(r.outcome()), r.note() == null ? "" : r.note() }));
                if (r.reportBy() != null) {
                    sb.append(' ').append(NLS.bind(Messages.history_report_by, r.reportBy()));
                }
            }
        }
        sb.append("\n\n").append(TaskLabels.of(a.standing().status()));
        return sb.toString();
    }
}
