package org.jiandu.tasks.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.LoopStage;
import org.jiandu.tasks.LoopStep;
import org.jiandu.tasks.LoopView;
import org.jiandu.tasks.TaskLabels;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The four-step closed loops (发现问题 → 交办问题 → 整改提升 → 追责问责) with their signs: overdue, closed late, and
 * paper-only rectification (纸面整改) by the patrol ledger's rule. The county level assigns, holds to account and
 * closes; the body rectifies with evidence.
 */
final class LoopsTab {

    private static final int ALL = 0, OPEN = 1, PAPER = 2;

    private final Composite tab;
    private final TasksService tasks;
    private final ClosedLoopService loops;
    private final Session session;
    private final Combo filter;
    private final Label status;
    private final TableViewer table;

    LoopsTab(Composite tab, TasksService tasks, ClosedLoopService loops, Session session) {
        this.tab = tab;
        this.tasks = tasks;
        this.loops = loops;
        this.session = session;
        Composite top = Widgets.row(tab);
        filter = new Combo(top, SWT.READ_ONLY);
        filter.add(Messages.loops_all);
        filter.add(Messages.loops_open);
        filter.add(Messages.loops_paper);
        filter.select(ALL);
        filter.addListener(SWT.Selection, e -> refresh());
        boolean issues = TaskRights.issues(session.subject().role());
        if (issues) {
            Widgets.button(top, Messages.record_problem, true, this::find);
            Widgets.button(top, Messages.loop_assign, true, () -> step(LoopStepDialog.Step.ASSIGN));
        }
        if (TaskRights.reports(session.subject().role())) {
            Widgets.button(top, Messages.loop_rectify, true, () -> step(LoopStepDialog.Step.RECTIFY));
        }
        if (issues) {
            Widgets.button(top, Messages.loop_account, true, () -> step(LoopStepDialog.Step.ACCOUNT));
            Widgets.button(top, Messages.loop_close, true, () -> step(LoopStepDialog.Step.CLOSE));
        }
        Widgets.button(top, Messages.history, true, this::history);
        status = new Label(tab, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Widgets.table(tab, TasksPart.LOOPS);
        column(table, LoopView.class, Messages.col_body, 130, LoopView::bodyName);
        column(table, LoopView.class, Messages.col_category, 90, LoopView::category);
        column(table, LoopView.class, Messages.col_problem, 220, LoopView::problem);
        column(table, LoopView.class, Messages.col_stage, 60, l -> TaskLabels.of(l.stage()));
        column(table, LoopView.class, Messages.col_owner, 100, l -> l.owner() == null ? "" : l.owner());
        column(table, LoopView.class, Messages.col_deadline, 90, l -> l.deadline() == null ? "" : l.deadline().toString());
        column(table, LoopView.class, Messages.col_signs, 150, l -> String.join(" ", l.signs().stream().map(TaskLabels::of).toList()));
        column(table, LoopView.class, Messages.col_accountability, 160, l -> l.accountability() == null ? "" : l.accountability());
        table.addDoubleClickListener(e -> history());
    }

    void refresh() {
        int f = filter.getSelectionIndex();
        Jobs.background(tab, Messages.tab_loops, () -> loops.loops(session.subject(), session.county().id(), LocalDate.now()).stream()
                .filter(l -> f == ALL || f == OPEN && l.stage() != LoopStage.CLOSED || f == PAPER && l.paperOnly()).toList(), this::show,
                this::say);
    }

    private void show(List<LoopView> rows) {
        table.setInput(rows);
        long paper = rows.stream().filter(LoopView::paperOnly).count();
        long open = rows.stream().filter(l -> l.stage() != LoopStage.CLOSED).count();
        say(rows.isEmpty() ? Messages.loops_empty : NLS.bind(Messages.loops_count, new Object[] { rows.size(), open, paper }));
    }

    private void say(String text) {
        status.setText(text);
        tab.layout(true, true);
    }

    private LoopView selected(String action) {
        if (table.getStructuredSelection().getFirstElement() instanceof LoopView l) {
            return l;
        }
        Dialogs.info(tab.getShell(), Mnemonics.plain(action), Messages.select_first);
        return null;
    }

    private void find() {
        Jobs.background(tab, Mnemonics.plain(Messages.record_problem), () -> tasks.bodies(session.subject(), session.county().id()),
                bodies -> {
            if (new ProblemDialog(tab.getShell(), loops, session, bodies).open() == 0) {
                refresh();
            }
        });
    }

    private void step(LoopStepDialog.Step step) {
        LoopView l = selected(LoopStepDialog.title(step));
        if (l != null && new LoopStepDialog(tab.getShell(), loops, session, l, step).open() == 0) {
            refresh();
        }
    }

    private void history() {
        LoopView l = selected(Messages.history);
        if (l == null) {
            return;
        }
        Jobs.background(tab, Mnemonics.plain(Messages.history), () -> loops.history(session.subject(), l.id()), steps -> {
            StringBuilder sb = new StringBuilder(l.category() + ": " + l.problem()).append('\n');
            for (LoopStep s : steps) {
                sb.append('\n').append(NLS.bind(Messages.loop_history_line, new Object[] { s.on(), LoopStepDialog.stepLabel(s.step()),
                        s.by(),
                    s.detail() == null ? "" : s.detail() }));
            }
            if (!l.signs().isEmpty()) {
                sb.append("\n\n").append(String.join(" ", l.signs().stream().map(TaskLabels::of).toList()));
            }
            Dialogs.info(tab.getShell(), NLS.bind(Messages.loop_history_title, l.bodyName()), sb.toString());
        });
    }
}
