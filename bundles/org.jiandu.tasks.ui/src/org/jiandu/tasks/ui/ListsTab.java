package org.jiandu.tasks.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The county's issued lists (清单化), newest first, and under them every body's task of the chosen list with its
 * standing today. The county commission issues a list from its own sheet and copies a list to the next period.
 */
final class ListsTab {

    private final Composite tab;
    private final TasksService tasks;
    private final Session session;
    private final Label status;
    private final TableViewer lists;
    private final TableViewer bodies;

    ListsTab(Composite tab, TasksService tasks, Session session) {
        this.tab = tab;
        this.tasks = tasks;
        this.session = session;
        Composite top = Widgets.row(tab);
        if (TaskRights.issues(session.subject().role())) {
            Widgets.button(top, Messages.issue, true, this::issue);
            Widgets.button(top, Messages.copy_list, true, this::copy);
        }
        Widgets.button(top, Messages.history, true, this::history);
        status = new Label(tab, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm split = Widgets.split(tab);
        lists = Widgets.table(Widgets.pane(split), TasksPart.LISTS);
        column(lists, TaskListView.class, Messages.col_period, 70, TaskListView::period);
        column(lists, TaskListView.class, Messages.col_list, 260, l -> l.title() + (l.special() ? " " + Messages.special_mark : ""));
        column(lists, TaskListView.class, Messages.col_issued, 90, l -> l.issuedOn().toString());
        column(lists, TaskListView.class, Messages.col_tasks, 50, l -> String.valueOf(l.tasks().size()));
        column(lists, TaskListView.class, Messages.col_body_tasks, 70, l -> String.valueOf(l.tasks().stream()
                .mapToInt(TaskListView.Task::bodies).sum()));
        bodies = Widgets.table(Widgets.pane(split), TasksPart.LIST_TASKS);
        AssignmentColumns.add(bodies, false);
        split.setWeights(2, 3);
        lists.addSelectionChangedListener(e -> showBodies());
        bodies.addDoubleClickListener(e -> history());
    }

    void refresh() {
        Jobs.background(tab, Messages.tab_lists, () -> tasks.lists(session.subject(), session.county().id(), null), rows -> {
            lists.setInput(rows);
            say(rows.isEmpty() ? Messages.lists_empty : NLS.bind(Messages.lists_count, rows.size()));
            if (!rows.isEmpty()) {
                lists.getTable().select(0);
                showBodies();
            }
        }, this::say);
    }

    private void showBodies() {
        if (!(lists.getStructuredSelection().getFirstElement() instanceof TaskListView l)) {
            bodies.setInput(List.of());
            return;
        }
        Jobs.background(tab, Messages.tab_lists, () -> tasks.assignments(session.subject(), session.county().id(), l.id(), null, null,
                LocalDate.now()), bodies::setInput, this::say);
    }

    private void say(String text) {
        status.setText(text);
        tab.layout(true, true);
    }

    void issue() {
        if (new IssueDialog(tab.getShell(), tasks, session).open() == 0) {
            refresh();
        }
    }

    /** Issues the chosen list again for the month after the newest list's period (deadlines moved with it). */
    private void copy() {
        if (!(lists.getStructuredSelection().getFirstElement() instanceof TaskListView l)) {
            Dialogs.info(tab.getShell(), Mnemonics.plain(Messages.copy_list), Messages.select_list_first);
            return;
        }
        String next = nextPeriod(l.period());
        if (Dialogs.confirm(tab.getShell(), Mnemonics.plain(Messages.copy_list), NLS.bind(Messages.copy_confirm, l.title(), next),
                Messages.copy_do)) {
            Jobs.background(tab, Mnemonics.plain(Messages.copy_list), () -> tasks.copy(session.subject(), l.id(), next, LocalDate.now()),
                    x -> refresh());
        }
    }

    /** The period after: the next month, quarter or year. */
    static String nextPeriod(String period) {
        if (period.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(period).plusMonths(1).toString();
        }
        if (period.matches("\\d{4}-Q[1-4]")) {
            int y = Integer.parseInt(period.substring(0, 4)), q = period.charAt(6) - '0';
            return q == 4 ? (y + 1) + "-Q1" : y + "-Q" + (q + 1);
        }
        return String.valueOf(Integer.parseInt(period) + 1);
    }

    private void history() {
        if (bodies.getStructuredSelection().getFirstElement() instanceof AssignmentView a) {
            History.show(tab, tasks, session, a);
        } else {
            Dialogs.info(tab.getShell(), Mnemonics.plain(Messages.history), Messages.select_first);
        }
    }
}
