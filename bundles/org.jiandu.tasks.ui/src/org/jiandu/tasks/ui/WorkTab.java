package org.jiandu.tasks.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.TasksService;
import org.jiandu.tasks.Warning;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The user's work list on today's date: tasks due soon, overdue ones with their yellow or red warning and who it goes
 * to, and, for those who verify, reports waiting for verification. Report, verify, record a problem, see the history.
 */
final class WorkTab {

    private final Composite tab;
    private final TasksService tasks;
    private final ClosedLoopService loops;
    private final Session session;
    private final Label status;
    private final TableViewer table;

    WorkTab(Composite tab, TasksService tasks, ClosedLoopService loops, Session session) {
        this.tab = tab;
        this.tasks = tasks;
        this.loops = loops;
        this.session = session;
        Composite top = Widgets.row(tab);
        if (TaskRights.reports(session.subject().role())) {
            Widgets.button(top, Messages.report, true, this::report);
        }
        if (TaskRights.issues(session.subject().role())) {
            Widgets.button(top, Messages.verify, true, this::verify);
            Widgets.button(top, Messages.record_problem, true, this::problem);
        }
        Widgets.button(top, Messages.history, true, this::history);
        status = new Label(tab, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Widgets.table(tab, TasksPart.WORK);
        AssignmentColumns.add(table, true);
        table.addDoubleClickListener(e -> history());
    }

    void refresh() {
        Jobs.background(tab, Messages.tab_work, () -> tasks.due(session.subject(), session.county().id(), LocalDate.now()), this::show,
                m -> say(m));
    }

    private void show(List<AssignmentView> rows) {
        table.setInput(rows);
        long red = rows.stream().filter(a -> a.standing().warning() == Warning.RED).count();
        long yellow = rows.stream().filter(a -> a.standing().warning() == Warning.YELLOW).count();
        long waiting = rows.stream().filter(a -> a.standing().status() == TaskStatus.AWAITING_VERIFICATION).count();
        say(rows.isEmpty() ? Messages.work_empty : NLS.bind(Messages.work_count, new Object[] { rows.size(), red, yellow, waiting }));
    }

    private void say(String text) {
        status.setText(text);
        tab.layout(true, true);
    }

    private AssignmentView selected(String action) {
        if (table.getStructuredSelection().getFirstElement() instanceof AssignmentView a) {
            return a;
        }
        Dialogs.info(tab.getShell(), Mnemonics.plain(action), Messages.select_first);
        return null;
    }

    private void report() {
        AssignmentView a = selected(Messages.report);
        if (a != null && new ReportDialog(tab.getShell(), tasks, session, a).open() == 0) {
            refresh();
        }
    }

    private void verify() {
        AssignmentView a = selected(Messages.verify);
        if (a != null && new VerifyDialog(tab.getShell(), tasks, session, a).open() == 0) {
            refresh();
        }
    }

    private void problem() {
        AssignmentView a = selected(Messages.record_problem);
        if (a != null && new ProblemDialog(tab.getShell(), loops, session, a.bodyCode(), a.bodyName(), a.id()).open() == 0) {
            Dialogs.info(tab.getShell(), Mnemonics.plain(Messages.record_problem), Messages.problem_recorded);
        }
    }

    private void history() {
        AssignmentView a = selected(Messages.history);
        if (a != null) {
            History.show(tab, tasks, session, a);
        }
    }
}
