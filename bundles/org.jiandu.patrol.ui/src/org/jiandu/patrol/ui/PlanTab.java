package org.jiandu.patrol.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.PlanChecker;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Violation;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.UserMessage;
import org.jiandu.ui.Widgets;

/**
 * The plan tab: the term's rounds with their assignments by team, replanning, the independent check, recusal
 * reasons, and the plan edited by dragging (checked at once, saved only when nothing is broken).
 */
final class PlanTab {

    private final Composite tab;
    private final PatrolService patrol;
    private final Session session;
    private final String term;
    private final BiConsumer<Problem, List<Assignment>> shown;
    private final ProblemIndex index = new ProblemIndex();
    private Label summary;
    private TableViewer rounds, assignments;
    private Problem problem;
    private List<Assignment> plan = List.of();
    /** The plan as edited by dragging, not yet saved; null when there is no edit. */
    private List<Assignment> edited;
    private EditFeedback feedback;
    private Label only;
    /** The part of the jurisdiction chosen in the shell's tree: the assignments table shows its targets only. */
    private JurisdictionFilter filter = JurisdictionFilter.ALL;

    /** @param shown told each problem and plan shown (the coverage follows the plan) */
    PlanTab(Composite tab, PatrolService patrol, Session session, String term, BiConsumer<Problem, List<Assignment>> shown) {
        this.tab = tab;
        this.patrol = patrol;
        this.session = session;
        this.term = term;
        this.shown = shown;
        create();
    }

    private String county() {
        return session.county().id();
    }

    private <T> void background(String name, Supplier<T> work, Consumer<T> done) {
        Jobs.background(tab, name, work, done);
    }

    private Target target(String code) {
        return index.target(code);
    }

    private void create() {
        summary = new Label(tab, SWT.WRAP);
        summary.setData("name", PatrolPart.SUMMARY);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite top = Widgets.row(tab);
        boolean planner = replans();
        Widgets.button(top, Messages.replan, planner, this::replan);
        Widgets.button(top, Messages.check, true, this::check);
        Widgets.button(top, Messages.recusal, true, this::explainRecusal);
        Widgets.button(top, Messages.export, true, this::export);
        only = new Label(top, SWT.NONE);
        feedback = new EditFeedback(tab, planner, this::saveEdited, () -> {
            edited = null;
            feedback.hint();
            load();
        });
        SashForm sash = Widgets.split(tab);
        Composite upper = Widgets.pane(sash);
        rounds = Widgets.table(upper, PatrolPart.ROUNDS);
        rounds.addSelectionChangedListener(e -> showRound());
        Composite lower = Widgets.pane(sash);
        assignments = Widgets.table(lower, PatrolPart.ASSIGNMENTS);
        AssignmentsTable.columns(assignments, index);
        sash.setWeights(45, 55);
        if (planner) {
            PlanDragAndDrop.attach(assignments, rounds, () -> problem, this::move);
        }
    }

    /**
     * Moves a target (a township with the villages that go with it) to another round, to {@code team} (its code; null
     * keeps the team), then checks the whole edited plan with the independent checker and says at once what, if
     * anything, it breaks.
     */
    List<Violation> move(String targetCode, int round, String team) {
        List<Assignment> base = edited != null ? edited : plan;
        List<Assignment> next = problem == null ? null : PlanMove.apply(base, index, targetCode, round, team);
        if (next == null) {
            return List.of();
        }
        Assignment moved = base.stream().filter(a -> a.target().equals(targetCode)).findFirst().orElseThrow();
        edited = next;
        List<Violation> v = PlanChecker.check(problem, next);
        Target t = target(targetCode);
        showEdit(t == null ? targetCode : t.name(), round, index.teamName(team == null ? moved.team() : team), v);
        return v;
    }

    private void showEdit(String name, int round, String team, List<Violation> v) {
        int keep = rounds.getTable().getSelectionIndex();
        show(problem, edited, null);
        rounds.getTable().setSelection(Math.max(0, keep));
        showRound();
        feedback.moved(name, round, team, v);
    }

    private void saveEdited() {
        List<Assignment> toSave = edited;
        if (toSave == null) {
            return;
        }
        try {
            patrol.savePlan(session.subject(), county(), term, toSave);
            edited = null;
            feedback.saved();
            load();
        } catch (RuntimeException e) {
            Dialogs.error(tab.getShell(), Messages.save_edit, UserMessage.of(e));
        }
    }

    /** Reads the term's problem and current plan (the demo plans it; otherwise the county plans it here). */
    void load() {
        summary.setText(Messages.loading);
        Jobs.background(tab, Messages.tab_plan, () -> {
            patrol.term(session.subject(), county(), term, 2);
            Problem p = patrol.problem(session.subject(), county(), term);
            return new Object[] { p, patrol.currentPlan(session.subject(), county(), term) };
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Assignment> current = (List<Assignment>) r[1];
            show((Problem) r[0], current, null);
        }, message -> {
            summary.setText(NLS.bind(Messages.plan_failed, message));
            tab.layout(true, true);
        });
    }

    private void show(Problem p, List<Assignment> current, Plan fresh) {
        problem = p;
        plan = current;
        index.reset(p);
        List<RoundRow> rows = RoundsTable.show(rounds, p, current);
        if (!rows.isEmpty()) {
            rounds.getTable().setSelection(0);
            showRound();
        }
        long covered = current.stream().map(Assignment::target).distinct().count();
        String s = NLS.bind(Messages.summary, new Object[] { term, p.rounds().size(), p.targets().size(), covered, p.teams().size() });
        if (fresh != null) {
            s += "  " + NLS.bind(Messages.summary_plan, new Object[] { fresh.feasible() ? Messages.feasible : Messages.infeasible,
                    fresh.hardViolations(), fresh.softScore(), fresh.lowerBound(), String.format("%.1f%%", 100 * fresh.gap()),
                    fresh.changed() });
        }
        summary.setText(s);
        summary.getParent().layout(true, true);
        shown.accept(problem, plan);
    }

    private void showRound() {
        if (rounds.getStructuredSelection().getFirstElement() instanceof RoundRow r) {
            List<Assignment> all = new ArrayList<>();
            r.byTeam().values().forEach(l -> l.stream().filter(a -> filter.covers(a.target())).forEach(all::add));
            all.sort((a, b) -> a.team().equals(b.team()) ? a.target().compareTo(b.target()) : a.team().compareTo(b.team()));
            assignments.setInput(all);
            // an empty round of the chosen township says so, rather than an empty table alone
            only.setText(all.isEmpty() && !filter.all() ? NLS.bind(Messages.only_org_none, filter.org().name(), r.round().number())
                    : filter.label());
            only.getParent().layout(true, true);
        }
    }

    /**
     * Narrows the assignments shown to the part of the jurisdiction chosen in the shell's tree; the rounds keep their
     * whole counts (a plan is checked and saved whole).
     */
    void follow(JurisdictionFilter f) {
        filter = f;
        only.setText(f.label());
        only.getParent().layout(true, true);
        showRound();
    }

    /** Only the county plans afresh: the button and the command ask the same. */
    boolean replans() {
        return session.subject().role().actsForCounty();
    }

    void replan() {
        background(Messages.replan, () -> {
            Plan p = patrol.plan(session.subject(), county(), term, 1, 50_000);
            return new Object[] { patrol.problem(session.subject(), county(), term), p };
        }, r -> {
            Plan p = (Plan) r[1];
            show((Problem) r[0], p.assignments(), p);
            if (!p.unplannable().isEmpty()) {
                StringBuilder sb = new StringBuilder(NLS.bind(Messages.unplannable, p.unplannable().size()));
                p.unplannable().stream().limit(20).forEach(u -> sb.append('\n').append(u.name()).append(": ").append(u.reason()));
                Dialogs.error(tab.getShell(), Messages.replan, sb.toString());
            }
        });
    }

    void check() {
        background(Messages.check, () -> patrol.check(session.subject(), county(), term, plan), v -> {
            if (v.isEmpty()) {
                Dialogs.info(tab.getShell(), Messages.check, NLS.bind(Messages.check_ok, plan.size()));
            } else {
                StringBuilder sb = new StringBuilder(NLS.bind(Messages.check_broken, v.size()));
                v.stream().limit(25).map(Violation::message).forEach(m -> sb.append('\n').append(m));
                Dialogs.error(tab.getShell(), Messages.check, sb.toString());
            }
        });
    }

    /** For the selected target: which teams must recuse, and why (回避说明). */
    private void explainRecusal() {
        if (!(assignments.getStructuredSelection().getFirstElement() instanceof Assignment a) || problem == null) {
            Dialogs.info(tab.getShell(), Messages.recusal, Messages.recusal_select);
            return;
        }
        Target t = target(a.target());
        int year = RecusalNote.year(problem, a);
        Dialogs.info(tab.getShell(), NLS.bind(Messages.recusal_title, t.name(), year), RecusalNote.text(problem, t, year));
    }

    void export() {
        Export.ask(tab, Messages.export, NLS.bind(Messages.plan_file, term), f -> patrol.exportPlan(session.subject(), county(),
                term, f), Messages.written, Messages.cannot_write);
    }
}
