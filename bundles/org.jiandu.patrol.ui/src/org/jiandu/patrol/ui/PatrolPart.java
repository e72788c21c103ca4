package org.jiandu.patrol.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jiandu.app.Dialogs;
import org.jiandu.app.Session;
import org.jiandu.app.parts.Tables;
import org.jiandu.app.parts.Widgets;
import org.jiandu.core.security.Role;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolRights;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Recusal;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;
import org.jiandu.patrol.planning.Violation;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Patrol planning (巡察) of the installation's county for the current term: the plan by round and team, the coverage
 * heat map, and the rectification ledger. Planning runs as a job; the checker is the planner-independent one.
 */
public class PatrolPart {

    public static final String ID = "org.jiandu.patrol.ui.part.patrol";
    public static final String TABS = "jiandu.patrol.tabs", ROUNDS = "jiandu.patrol.rounds", ASSIGNMENTS = "jiandu.patrol.assignments",
            SUMMARY = "jiandu.patrol.summary", COVERAGE = "jiandu.patrol.coverage", LEDGER = "jiandu.patrol.ledger",
            FEEDBACK = "jiandu.patrol.feedback", NOT_ALLOWED = "jiandu.patrol.notAllowed";
    /** Tab indexes for a user who plans; a user who only reads the ledger has the ledger tab alone. */
    public static final int PLAN_TAB = 0, COVERAGE_TAB = 1, LEDGER_TAB = 2;

    @Inject
    PatrolService patrol;

    @Inject
    LedgerService ledgerService;

    @Inject
    Session session;

    private Display display;
    private CTabFolder tabs;
    private Label summary;
    private TableViewer rounds, assignments, coverageTable, ledger;
    private HeatMap heat;
    private Combo flagFilter;
    private Problem problem;
    private List<Assignment> plan = List.of();
    /** The plan as edited by dragging, not yet saved; null when there is no edit. */
    private List<Assignment> edited;
    private Label feedback;
    private Button saveEdit;
    private String term;

    private String county() {
        return session.county().id();
    }

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        term = PatrolService.termContaining(LocalDate.now().getYear());
        parent.setLayout(new GridLayout(1, false));
        Role role = session.subject().role();
        boolean plans = PatrolRights.plans(role);
        if (!plans) {
            // said plainly instead of a refused service call: plans name team members and their relatives
            Label note = new Label(parent, SWT.WRAP);
            note.setData("name", NOT_ALLOWED);
            note.setText(NLS.bind(PatrolRights.readsLedger(role) ? Messages.plans_hidden : Messages.not_allowed,
                    session.subject().displayName()));
            note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            if (!PatrolRights.readsLedger(role)) {
                return;
            }
        }
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (plans) {
            planTab(tab(Messages.tab_plan));
            coverageTab(tab(Messages.tab_coverage));
        }
        ledgerTab(tab(Messages.tab_ledger));
        int ledgerTab = tabs.getItemCount() - 1;
        tabs.setSelection(0);
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelectionIndex() == ledgerTab) {
                refreshLedger();
            }
        });
        if (plans) {
            load();
        } else {
            refreshLedger();
        }
    }

    private Composite tab(String label) {
        return Widgets.tab(tabs, label);
    }

    private static Composite bar(Composite parent, int columns) {
        return Widgets.bar(parent, columns);
    }

    private static void button(Composite parent, String text, boolean enabled, Runnable action) {
        Widgets.button(parent, text, enabled, action);
    }

    private static TableViewer table(Composite parent, String name) {
        return Widgets.table(parent, name);
    }

    private static <T> void col(TableViewer t, Class<T> type, String label, int width, Function<T, String> text) {
        Tables.column(t, type, label, width, text);
    }

    private <T> void background(String name, Supplier<T> work, Consumer<T> done) {
        Widgets.background(tabs, name, work, done);
    }

    // ------------------------------------------------------------------ plan

    /** One round as a row: its assignments by team. */
    record RoundRow(Round round, Map<String, List<Assignment>> byTeam) {
        int total() {
            return byTeam.values().stream().mapToInt(List::size).sum();
        }
    }

    private void planTab(Composite c) {
        Composite top = bar(c, 5);
        summary = new Label(top, SWT.WRAP);
        summary.setData("name", SUMMARY);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        boolean planner = session.subject().role().actsForCounty();
        button(top, Messages.replan, planner, this::replan);
        button(top, Messages.check, true, this::check);
        button(top, Messages.recusal, true, this::explainRecusal);
        button(top, Messages.export, true, this::export);
        Composite edit = bar(c, 3);
        feedback = new Label(edit, SWT.WRAP);
        feedback.setData("name", FEEDBACK);
        feedback.setText(Messages.drag_hint);
        feedback.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        saveEdit = new Button(edit, SWT.PUSH);
        saveEdit.setText(Messages.save_edit);
        saveEdit.setEnabled(false);
        saveEdit.addListener(SWT.Selection, e -> saveEdited());
        Button discard = new Button(edit, SWT.PUSH);
        discard.setText(Messages.discard_edit);
        discard.addListener(SWT.Selection, e -> {
            edited = null;
            saveEdit.setEnabled(false);
            feedback.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            feedback.setText(Messages.drag_hint);
            load();
        });
        SashForm sash = Widgets.split(c);
        Composite upper = Widgets.pane(sash);
        rounds = table(upper, ROUNDS);
        rounds.addSelectionChangedListener(e -> showRound());
        Composite lower = Widgets.pane(sash);
        assignments = table(lower, ASSIGNMENTS);
        col(assignments, Assignment.class, Messages.col_team, 110, a -> teamName(a.team()));
        col(assignments, Assignment.class, Messages.col_target, 160, a -> target(a.target()) == null ? a.target() : target(a.target()).name());
        col(assignments, Assignment.class, Messages.col_kind, 70, a -> target(a.target()) == null ? "" : kind(target(a.target()).kind()));
        col(assignments, Assignment.class, Messages.col_class, 60, a -> target(a.target()) == null ? "" : target(a.target()).cls().chinese());
        col(assignments, Assignment.class, Messages.col_risk, 50, a -> target(a.target()) == null ? "" : String.valueOf(target(a.target()).risk()));
        col(assignments, Assignment.class, Messages.col_mode, 90, a -> a.mode().chinese());
        col(assignments, Assignment.class, Messages.col_zone, 110, a -> target(a.target()) == null || target(a.target()).zone() == null ? ""
                : target(a.target()).zone());
        sash.setWeights(45, 55);
        dragAndDrop(planner);
    }

    /**
     * Dragging an assignment onto a round moves it there (with its villages under 巡镇带村), onto a team's column of
     * that round also to that team; checked at once.
     */
    private void dragAndDrop(boolean planner) {
        if (!planner) {
            return;
        }
        org.eclipse.swt.dnd.Transfer[] text = { org.eclipse.swt.dnd.TextTransfer.getInstance() };
        org.eclipse.swt.dnd.DragSource source = new org.eclipse.swt.dnd.DragSource(assignments.getTable(), org.eclipse.swt.dnd.DND.DROP_MOVE);
        source.setTransfer(text);
        source.addDragListener(new org.eclipse.swt.dnd.DragSourceAdapter() {
            @Override
            public void dragSetData(org.eclipse.swt.dnd.DragSourceEvent event) {
                if (assignments.getStructuredSelection().getFirstElement() instanceof Assignment a) {
                    event.data = a.target();
                }
            }
        });
        org.eclipse.swt.dnd.DropTarget target = new org.eclipse.swt.dnd.DropTarget(rounds.getTable(), org.eclipse.swt.dnd.DND.DROP_MOVE);
        target.setTransfer(text);
        target.addDropListener(new org.eclipse.swt.dnd.DropTargetAdapter() {
            @Override
            public void drop(org.eclipse.swt.dnd.DropTargetEvent event) {
                if (event.item instanceof org.eclipse.swt.widgets.TableItem item && item.getData() instanceof RoundRow r
                        && event.data instanceof String code) {
                    org.eclipse.swt.graphics.Point at = rounds.getTable().toControl(event.x, event.y);
                    String team = null;
                    for (int c = 0; c < rounds.getTable().getColumnCount(); c++) {
                        org.eclipse.swt.graphics.Rectangle b = item.getBounds(c);
                        if (at.x >= b.x && at.x < b.x + b.width && c >= TEAM_COLUMN && c < TEAM_COLUMN + problem.teams().size()) {
                            team = problem.teams().get(c - TEAM_COLUMN).code();
                        }
                    }
                    move(code, r.round().number(), team);
                }
            }
        });
    }

    /**
     * Moves a target (a township with the villages that go with it) to another round with the same team, then checks
     * the whole edited plan with the independent checker and says at once what, if anything, it breaks.
     */
    public List<Violation> move(String targetCode, int round) {
        return move(targetCode, round, null);
    }

    /** The first team column of the rounds table (after round, dates and state). */
    private static final int TEAM_COLUMN = 3;

    /** As {@link #move(String, int)}, to {@code team} (its code; null keeps the team). */
    public List<Violation> move(String targetCode, int round, String team) {
        List<Assignment> base = edited != null ? edited : plan;
        Assignment moved = base.stream().filter(a -> a.target().equals(targetCode)).findFirst().orElse(null);
        if (moved == null || problem == null) {
            return List.of();
        }
        Target t = target(targetCode);
        boolean bundle = moved.mode() == org.jiandu.patrol.PatrolMode.TOWNSHIP_WITH_VILLAGES;
        String township = t == null ? null : t.townshipCode();
        List<Assignment> next = new ArrayList<>();
        for (Assignment a : base) {
            Target x = target(a.target());
            boolean goes = a.target().equals(targetCode) || (bundle && t.kind() == TargetKind.TOWNSHIP && x != null
                    && township.equals(x.townshipCode()) && a.mode() == org.jiandu.patrol.PatrolMode.TOWNSHIP_WITH_VILLAGES
                    && a.round() == moved.round() && a.team().equals(moved.team()));
            next.add(goes ? new Assignment(round, team == null ? a.team() : team, a.target(), a.mode()) : a);
        }
        edited = next;
        List<Violation> v = org.jiandu.patrol.planning.PlanChecker.check(problem, next);
        showEdit(t == null ? targetCode : t.name(), round, teamName(team == null ? moved.team() : team), v);
        return v;
    }

    private void showEdit(String name, int round, String team, List<Violation> v) {
        int keep = rounds.getTable().getSelectionIndex();
        show(problem, edited, null);
        rounds.getTable().setSelection(Math.max(0, keep));
        showRound();
        if (v.isEmpty()) {
            feedback.setForeground(display.getSystemColor(SWT.COLOR_DARK_GREEN));
            feedback.setText(NLS.bind(Messages.moved_ok, new Object[] { name, round, team }));
        } else {
            feedback.setForeground(display.getSystemColor(SWT.COLOR_RED));
            feedback.setText(NLS.bind(Messages.moved_broken, new Object[] { name, round, team, v.size(),
                    String.join("；", v.stream().limit(3).map(Violation::message).toList()) }));
        }
        saveEdit.setEnabled(v.isEmpty());
        feedback.getParent().layout(true, true);
    }

    private void saveEdited() {
        List<Assignment> toSave = edited;
        if (toSave == null) {
            return;
        }
        try {
            patrol.savePlan(session.subject(), county(), term, toSave);
            edited = null;
            saveEdit.setEnabled(false);
            feedback.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            feedback.setText(Messages.saved);
            load();
        } catch (RuntimeException e) {
            Dialogs.error(tabs.getShell(), Messages.save_edit, e.getMessage());
        }
    }

    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();

    private Target target(String code) {
        return targets.get(code);
    }

    private String teamName(String code) {
        Team t = teams.get(code);
        return t == null ? code : t.name();
    }

    private static String kind(TargetKind k) {
        return switch (k) {
            case UNIT -> Messages.kind_unit;
            case TOWNSHIP -> Messages.kind_township;
            case VILLAGE -> Messages.kind_village;
        };
    }

    /** Reads the term's problem and current plan (the demo plans it; otherwise the county plans it here). */
    void load() {
        summary.setText(Messages.loading);
        background(Messages.tab_plan, () -> {
            patrol.term(session.subject(), county(), term, 2);
            Problem p = patrol.problem(session.subject(), county(), term);
            return new Object[] { p, patrol.currentPlan(session.subject(), county(), term) };
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Assignment> current = (List<Assignment>) r[1];
            show((Problem) r[0], current, null);
        });
    }

    private void show(Problem p, List<Assignment> current, Plan fresh) {
        problem = p;
        plan = current;
        targets.clear();
        p.targets().forEach(t -> targets.put(t.code(), t));
        teams.clear();
        p.teams().forEach(t -> teams.put(t.code(), t));
        // columns: round, dates, state, one per team, total
        while (rounds.getTable().getColumnCount() > 0) {
            rounds.getTable().getColumn(0).dispose();
        }
        col(rounds, RoundRow.class, Messages.col_round, 50, r -> String.valueOf(r.round().number()));
        col(rounds, RoundRow.class, Messages.col_dates, 170, r -> r.round().start() + " – " + r.round().end());
        col(rounds, RoundRow.class, Messages.col_state, 60, r -> r.round().completed() ? Messages.done : "");
        for (Team t : p.teams()) {
            col(rounds, RoundRow.class, t.name(), 90, r -> String.valueOf(r.byTeam().getOrDefault(t.code(), List.of()).size()));
        }
        col(rounds, RoundRow.class, Messages.col_total, 60, r -> String.valueOf(r.total()));
        List<RoundRow> rows = new ArrayList<>();
        for (Round r : p.rounds()) {
            Map<String, List<Assignment>> by = new LinkedHashMap<>();
            for (Assignment a : current) {
                if (a.round() == r.number()) {
                    by.computeIfAbsent(a.team(), k -> new ArrayList<>()).add(a);
                }
            }
            rows.add(new RoundRow(r, by));
        }
        rounds.setInput(rows);
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
        showCoverage();
    }

    private void showRound() {
        if (rounds.getStructuredSelection().getFirstElement() instanceof RoundRow r) {
            List<Assignment> all = new ArrayList<>();
            r.byTeam().values().forEach(all::addAll);
            all.sort((a, b) -> a.team().equals(b.team()) ? a.target().compareTo(b.target()) : a.team().compareTo(b.team()));
            assignments.setInput(all);
        }
    }

    private void replan() {
        background(Messages.replan, () -> {
            Plan p = patrol.plan(session.subject(), county(), term, 1, 50_000);
            return new Object[] { patrol.problem(session.subject(), county(), term), p };
        }, r -> {
            Plan p = (Plan) r[1];
            show((Problem) r[0], p.assignments(), p);
            if (!p.unplannable().isEmpty()) {
                StringBuilder sb = new StringBuilder(NLS.bind(Messages.unplannable, p.unplannable().size()));
                p.unplannable().stream().limit(20).forEach(u -> sb.append('\n').append(u.name()).append(": ").append(u.reason()));
                Dialogs.error(tabs.getShell(), Messages.replan, sb.toString());
            }
        });
    }

    private void check() {
        background(Messages.check, () -> patrol.check(session.subject(), county(), term, plan), v -> {
            if (v.isEmpty()) {
                Dialogs.info(tabs.getShell(), Messages.check, NLS.bind(Messages.check_ok, plan.size()));
            } else {
                StringBuilder sb = new StringBuilder(NLS.bind(Messages.check_broken, v.size()));
                v.stream().limit(25).map(Violation::message).forEach(m -> sb.append('\n').append(m));
                Dialogs.error(tabs.getShell(), Messages.check, sb.toString());
            }
        });
    }

    /** For the selected target: which teams must recuse, and why (回避说明). */
    private void explainRecusal() {
        if (!(assignments.getStructuredSelection().getFirstElement() instanceof Assignment a) || problem == null) {
            return;
        }
        Target t = target(a.target());
        int year = problem.rounds().stream().filter(r -> r.number() == a.round()).findFirst().map(r -> r.start().getYear())
                .orElse(problem.firstYear());
        StringBuilder sb = new StringBuilder();
        for (Team team : problem.teams()) {
            List<String> why = Recusal.reasons(team, t, year);
            sb.append(team.name()).append(": ").append(why.isEmpty() ? Messages.no_recusal : String.join("；", why)).append('\n');
        }
        Dialogs.info(tabs.getShell(), NLS.bind(Messages.recusal_title, t.name(), year), sb.toString());
    }

    private void export() {
        Widgets.export(tabs, Messages.export, NLS.bind(Messages.plan_file, term), f -> patrol.exportPlan(session.subject(), county(),
                term, f), Messages.written, Messages.cannot_write);
    }

    // ------------------------------------------------------------------ coverage

    /** Coverage of one class or kind of target. */
    record CoverageRow(String label, int targets, int inspected, int planned) {
    }

    private void coverageTab(Composite c) {
        new Label(c, SWT.NONE).setText(Messages.coverage_hint);
        SashForm sash = Widgets.split(c);
        heat = new HeatMap(sash);
        heat.setData("name", COVERAGE + ".heat");
        Composite lower = Widgets.pane(sash);
        coverageTable = table(lower, COVERAGE);
        col(coverageTable, CoverageRow.class, Messages.col_group, 140, CoverageRow::label);
        col(coverageTable, CoverageRow.class, Messages.col_targets, 70, r -> String.valueOf(r.targets()));
        col(coverageTable, CoverageRow.class, Messages.col_inspected, 140, r -> r.inspected() + " ("
                + (r.targets() == 0 ? 0 : Math.round(100.0 * r.inspected() / r.targets())) + "%)");
        col(coverageTable, CoverageRow.class, Messages.col_planned, 140, r -> r.planned() + " ("
                + (r.targets() == 0 ? 0 : Math.round(100.0 * r.planned() / r.targets())) + "%)");
        sash.setWeights(60, 40);
    }

    private void showCoverage() {
        Map<String, Integer> townIndex = new LinkedHashMap<>();
        for (Target t : problem.targets()) {
            if (t.kind() == TargetKind.TOWNSHIP) {
                townIndex.put(t.code(), townIndex.size());
            }
        }
        List<String> rowLabels = new ArrayList<>();
        townIndex.keySet().forEach(code -> rowLabels.add(target(code).name()));
        rowLabels.add(Messages.kind_unit);
        List<String> columns = new ArrayList<>();
        boolean[] done = new boolean[problem.rounds().size()];
        Map<Integer, Integer> roundIndex = new HashMap<>();
        for (int i = 0; i < problem.rounds().size(); i++) {
            Round r = problem.rounds().get(i);
            columns.add(String.valueOf(r.number()));
            done[i] = r.completed();
            roundIndex.put(r.number(), i);
        }
        int[][] counts = new int[rowLabels.size()][columns.size()];
        Map<TargetClass, int[]> byClass = new EnumMap<>(TargetClass.class);
        Map<TargetKind, int[]> byKind = new EnumMap<>(TargetKind.class);
        Map<String, Assignment> byTarget = new HashMap<>();
        plan.forEach(a -> byTarget.put(a.target(), a));
        for (Target t : problem.targets()) {
            Assignment a = byTarget.get(t.code());
            boolean inspected = a != null && done[roundIndex.getOrDefault(a.round(), 0)];
            for (int[] k : List.of(byClass.computeIfAbsent(t.cls(), x -> new int[3]), byKind.computeIfAbsent(t.kind(), x -> new int[3]))) {
                k[0]++;
                k[1] += inspected ? 1 : 0;
                k[2] += a != null ? 1 : 0;
            }
            if (a != null && roundIndex.containsKey(a.round())) {
                int row = t.townshipCode() == null ? rowLabels.size() - 1 : townIndex.getOrDefault(t.townshipCode(), rowLabels.size() - 1);
                counts[row][roundIndex.get(a.round())]++;
            }
        }
        heat.set(rowLabels, columns, done, counts);
        List<CoverageRow> rows = new ArrayList<>();
        byClass.forEach((k, v) -> rows.add(new CoverageRow(k.chinese(), v[0], v[1], v[2])));
        byKind.forEach((k, v) -> rows.add(new CoverageRow(kind(k), v[0], v[1], v[2])));
        coverageTable.setInput(rows);
    }

    // ------------------------------------------------------------------ ledger

    private void ledgerTab(Composite c) {
        Composite top = bar(c, 6);
        flagFilter = new Combo(top, SWT.READ_ONLY);
        flagFilter.add(Messages.all_items);
        flagFilter.add(LedgerFlag.OVERDUE.chinese());
        flagFilter.add(Messages.paper_only);
        flagFilter.select(0);
        flagFilter.addListener(SWT.Selection, e -> refreshLedger());
        Role role = session.subject().role();
        button(top, Messages.evidence, PatrolRights.givesEvidence(role), this::attachEvidence);
        button(top, Messages.close_item, PatrolRights.reviews(role), this::closeItem);
        button(top, Messages.history, true, this::history);
        button(top, Messages.export, true, this::exportLedger);
        new Label(top, SWT.NONE).setText(Messages.ledger_hint);
        ledger = table(c, LEDGER);
        col(ledger, LedgerEntry.class, Messages.col_item, 50, e -> String.valueOf(e.itemId()));
        col(ledger, LedgerEntry.class, Messages.col_round, 45, e -> String.valueOf(e.round()));
        col(ledger, LedgerEntry.class, Messages.col_target, 110, LedgerEntry::targetName);
        col(ledger, LedgerEntry.class, Messages.col_category, 140, LedgerEntry::category);
        col(ledger, LedgerEntry.class, Messages.col_owner, 120, LedgerEntry::owner);
        col(ledger, LedgerEntry.class, Messages.col_deadline, 90, e -> e.deadline().toString());
        col(ledger, LedgerEntry.class, Messages.col_stage, 60, e -> e.stage().chinese());
        col(ledger, LedgerEntry.class, Messages.col_flags, 170, e -> String.join(" ", e.flags().stream().map(LedgerFlag::chinese).toList()));
        col(ledger, LedgerEntry.class, Messages.col_evidence, 150, e -> e.evidenceName() == null ? "" : e.evidenceName() + " " + e.evidenceOn());
        col(ledger, LedgerEntry.class, Messages.col_closed, 150, e -> e.closedOn() == null ? "" : e.closedOn() + " " + e.reviewer());
    }

    void refreshLedger() {
        int f = flagFilter.getSelectionIndex();
        background(Messages.tab_ledger, () -> {
            List<LedgerEntry> rows = ledgerService.ledger(session.subject(), county(), term, f == 1 ? LedgerFlag.OVERDUE : null,
                    LocalDate.now());
            return f == 2 ? rows.stream().filter(LedgerEntry::paperOnly).toList() : rows;
        }, rows -> ledger.setInput(rows));
    }

    private void exportLedger() {
        Widgets.export(tabs, Messages.export, NLS.bind(Messages.ledger_file, term), f -> ledgerService.export(session.subject(), county(),
                term, LocalDate.now(), f), Messages.written, Messages.cannot_write);
    }

    private LedgerEntry selectedEntry() {
        return ledger.getStructuredSelection().getFirstElement() instanceof LedgerEntry e ? e : null;
    }

    private void attachEvidence() {
        LedgerEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        FileDialog fd = new FileDialog(tabs.getShell(), SWT.OPEN);
        fd.setText(Messages.evidence);
        String f = fd.open();
        if (f != null) {
            try {
                ledgerService.attachEvidence(session.subject(), e.itemId(), e.itemVersion(), Path.of(f), LocalDate.now());
                refreshLedger();
            } catch (java.io.IOException | RuntimeException x) {
                Dialogs.error(tabs.getShell(), Messages.evidence, x.getMessage());
            }
        }
    }

    private void closeItem() {
        LedgerEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        if (MessageDialog.openConfirm(tabs.getShell(), Messages.close_item, NLS.bind(Messages.close_confirm,
                new Object[] { e.itemId(), session.subject().displayName(), today }))) {
            try {
                ledgerService.close(session.subject(), e.itemId(), e.itemVersion(), today);
                refreshLedger();
            } catch (RuntimeException x) {
                Dialogs.error(tabs.getShell(), Messages.close_item, x.getMessage());
            }
        }
    }

    private void history() {
        LedgerEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        try {
            for (LedgerEntry h : ledgerService.history(session.subject(), e.findingId())) {
                sb.append(NLS.bind(Messages.history_line, new Object[] { h.revision(), h.category(), h.description() })).append('\n');
            }
        } catch (RuntimeException x) {
            Dialogs.error(tabs.getShell(), Messages.history, x.getMessage());
            return;
        }
        Dialogs.info(tabs.getShell(), Messages.history, sb.toString());
    }
}
