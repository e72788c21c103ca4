package org.jiandu.cleanunit.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.jiandu.app.Dialogs;
import org.jiandu.app.Session;
import org.jiandu.app.parts.BarChart;
import org.jiandu.app.parts.Tables;
import org.jiandu.app.parts.Widgets;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetDiff;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.SiteView;
import org.jiandu.cleanunit.TransitionView;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Clean-unit creation (清廉单元创建): the creation list with the workflow's steps, the scoring form with evidence,
 * the versioned standards with their diff, the township × kind coverage with charts, and the demonstration sites
 * with their followers. Every call goes to the headless service, which checks scope, role and rules.
 */
public class CleanUnitPart {

    public static final String ID = "org.jiandu.cleanunit.ui.part.cleanunit";
    public static final String TABS = "jiandu.cleanunit.tabs", CREATIONS = "jiandu.cleanunit.creations", HISTORY = "jiandu.cleanunit.history",
            SCORES = "jiandu.cleanunit.scores", EVALUATIONS = "jiandu.cleanunit.evaluations", STANDARD = "jiandu.cleanunit.standard",
            DIFF = "jiandu.cleanunit.diff", COVERAGE = "jiandu.cleanunit.coverage", SITES = "jiandu.cleanunit.sites",
            CANDIDATES = "jiandu.cleanunit.candidates";
    public static final int CREATIONS_TAB = 0, SCORING_TAB = 1, STANDARDS_TAB = 2, COVERAGE_TAB = 3, SITES_TAB = 4;

    @Inject
    CleanUnitService service;

    @Inject
    Session session;

    private CTabFolder tabs;

    // creations
    private Combo kindFilter, statusFilter;
    private Text textFilter;
    private TableViewer creations, history;
    private Composite actions;
    private Label selectedLabel;
    private CreationView selected;

    // scoring
    private Label scoringLabel, totalLabel;
    private Combo stageCombo;
    private Spinner yearSpinner, bonusSpinner;
    private Composite knockOutBox;
    private final List<Button> knockOutButtons = new ArrayList<>();
    private TableViewer scores, evaluations;
    private IndicatorSet scoringSet;
    private final Map<String, String> points = new HashMap<>(), notes = new HashMap<>();
    private Map<String, List<EvidenceView>> evidenceByIndicator = Map.of();

    // standards
    private Combo standardKind, standardVersion;
    private Label standardSummary;
    private TableViewer standardTable, diffTable;
    private List<IndicatorSet> versions = List.of();

    // coverage
    private Spinner coverageYear;
    private TableViewer coverageTable;
    private BarChart byKind, byTownship;

    // sites
    private Combo siteKind;
    private TableViewer siteTable, candidateTable;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        creationsTab(Widgets.tab(tabs, Messages.tab_creations));
        scoringTab(Widgets.tab(tabs, Messages.tab_scoring));
        standardsTab(Widgets.tab(tabs, Messages.tab_standards));
        coverageTab(Widgets.tab(tabs, Messages.tab_coverage));
        sitesTab(Widgets.tab(tabs, Messages.tab_sites));
        tabs.setSelection(CREATIONS_TAB);
        tabs.addListener(SWT.Selection, e -> {
            switch (tabs.getSelectionIndex()) {
                case COVERAGE_TAB -> refreshCoverage();
                case SITES_TAB -> refreshSites();
                case SCORING_TAB -> loadScoring();
                default -> {
                }
            }
        });
        refreshCreations(null);
        loadStandard();
    }

    private <T> void background(String name, Supplier<T> work, Consumer<T> done) {
        Widgets.background(tabs, name, work, done);
    }

    private static <T> void col(TableViewer t, Class<T> type, String label, int width, Function<T, String> text) {
        Tables.column(t, type, label, width, text);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "" : IndicatorSetFormat.num(d);
    }

    private static Combo combo(Composite parent, List<String> items, int width) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        items.forEach(c::add);
        c.select(0);
        GridData gd = new GridData();
        gd.widthHint = width;
        c.setLayoutData(gd);
        return c;
    }

    private static List<String> kinds(boolean withAll) {
        List<String> l = new ArrayList<>();
        if (withAll) {
            l.add(Messages.all_kinds);
        }
        for (CleanUnitKind k : CleanUnitKind.values()) {
            l.add(k.label());
        }
        return l;
    }

    private static CleanUnitKind kindAt(Combo c, boolean withAll) {
        int i = c.getSelectionIndex() - (withAll ? 1 : 0);
        return i < 0 ? null : CleanUnitKind.values()[i];
    }

    private boolean county() {
        return session.subject().role().actsForCounty();
    }

    // ------------------------------------------------------------------ creations

    private void creationsTab(Composite tab) {
        Composite bar = Widgets.bar(tab, 9);
        new Label(bar, SWT.NONE).setText(Messages.kind);
        kindFilter = combo(bar, kinds(true), 110);
        new Label(bar, SWT.NONE).setText(Messages.status);
        List<String> statuses = new ArrayList<>(List.of(Messages.all_statuses));
        for (CreationStatus s : CreationStatus.values()) {
            statuses.add(s.label());
        }
        statusFilter = combo(bar, statuses, 100);
        textFilter = new Text(bar, SWT.BORDER | SWT.SEARCH);
        textFilter.setMessage(Messages.unit_filter);
        textFilter.setLayoutData(new GridData(160, SWT.DEFAULT));
        textFilter.addListener(SWT.DefaultSelection, e -> refreshCreations(null));
        kindFilter.addListener(SWT.Selection, e -> refreshCreations(null));
        statusFilter.addListener(SWT.Selection, e -> refreshCreations(null));
        Widgets.button(bar, Messages.refresh, true, () -> refreshCreations(null));
        Widgets.button(bar, Messages.declare, true, this::declare);
        Widgets.button(bar, Messages.export, true, () -> Widgets.export(tabs, Messages.export, Messages.creations_file, f -> service
                .exportCreations(session.subject(), filter(), f), Messages.written, Messages.cannot_write));

        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        creations = Widgets.table(top, CREATIONS);
        col(creations, CreationView.class, Messages.unit, 200, CreationView::unitName);
        col(creations, CreationView.class, Messages.kind, 80, c -> c.kind().label());
        col(creations, CreationView.class, Messages.township, 120, CreationView::groupName);
        col(creations, CreationView.class, Messages.status, 80, c -> c.status().label());
        col(creations, CreationView.class, Messages.since, 90, c -> c.statusSince().toString());
        col(creations, CreationView.class, Messages.tier, 90, c -> c.tier() == null ? "" : c.tier());
        col(creations, CreationView.class, Messages.latest_score, 70, c -> num(c.latestTotal()));
        col(creations, CreationView.class, Messages.site, 140, c -> c.site() ? Messages.is_site : c.siteName() == null ? "" : c.siteName());
        col(creations, CreationView.class, Messages.open_events, 70, c -> c.openEvents() == 0 ? "" : String.valueOf(c.openEvents()));
        creations.addSelectionChangedListener(e -> select((CreationView) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        creations.addDoubleClickListener(e -> {
            if (selected != null) {
                tabs.setSelection(SCORING_TAB);
                loadScoring();
            }
        });

        Composite bottom = Widgets.pane(sash);
        selectedLabel = new Label(bottom, SWT.WRAP);
        selectedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        selectedLabel.setText(Messages.select_creation);
        actions = Widgets.bar(bottom, 12);
        history = Widgets.table(bottom, HISTORY);
        col(history, TransitionView.class, Messages.date, 90, t -> t.on().toString());
        col(history, TransitionView.class, Messages.step, 110, t -> CreationAction.parse(t.action()).map(CreationAction::label)
                .orElse(Messages.declared));
        col(history, TransitionView.class, Messages.status, 90, t -> t.to().label());
        col(history, TransitionView.class, Messages.by, 80, TransitionView::by);
        col(history, TransitionView.class, Messages.reason, 380, t -> t.reason() == null ? "" : t.reason());
        col(history, TransitionView.class, Messages.recorded, 150, t -> t.recordedAt().toString().replace('T', ' ').substring(0, 16));
        sash.setWeights(60, 40);
    }

    private CreationFilter filter() {
        int s = statusFilter.getSelectionIndex() - 1;
        return new CreationFilter(kindAt(kindFilter, true), s < 0 ? null : CreationStatus.values()[s], null, textFilter.getText(), 5000);
    }

    private void refreshCreations(Long reselect) {
        CreationFilter f = filter();
        background(Messages.loading, () -> service.creations(session.subject(), f), list -> {
            creations.setInput(list);
            CreationView again = reselect == null ? null : list.stream().filter(c -> c.id() == reselect).findFirst().orElse(null);
            if (again != null) {
                creations.setSelection(new StructuredSelection(again), true);
            } else {
                select(null);
            }
        });
    }

    private void select(CreationView c) {
        selected = c;
        for (var child : actions.getChildren()) {
            child.dispose();
        }
        if (c == null) {
            selectedLabel.setText(Messages.select_creation);
            history.setInput(List.of());
            actions.layout();
            return;
        }
        selectedLabel.setText(NLS.bind(Messages.selected, new Object[] { c.unitName(), c.kind().label(), c.status().label(),
                c.openEvents() == 0 ? "" : NLS.bind(Messages.events_open, c.openEvents()) }));
        for (CreationAction a : CreationAction.values()) {
            if (a.from().contains(c.status()) && (!a.countyOnly() || county())) {
                Widgets.button(actions, a.label(), true, () -> take(a));
            }
        }
        Widgets.button(actions, Messages.to_scoring, true, () -> {
            tabs.setSelection(SCORING_TAB);
            loadScoring();
        });
        if (county() && (c.status() == CreationStatus.PUBLISHED || c.site())) {
            Widgets.button(actions, c.site() ? Messages.unset_site : Messages.set_site, true, () -> background(Messages.set_site,
                    () -> {
                        service.setSite(session.subject(), c.id(), !c.site());
                        return c.id();
                    }, this::refreshCreations));
        }
        ((GridLayout) actions.getLayout()).numColumns = Math.max(1, actions.getChildren().length);
        actions.layout(true);
        actions.getParent().layout(true);
        long id = c.id();
        background(Messages.loading, () -> service.history(session.subject(), id), h -> history.setInput(h));
    }

    private void take(CreationAction a) {
        CreationView c = selected;
        String reason = null;
        if (a.needsReason()) {
            InputDialog d = new InputDialog(tabs.getShell(), a.label(), NLS.bind(Messages.reason_for, a.label(), c.unitName()), "",
                    v -> v == null || v.isBlank() ? Messages.reason_needed : null);
            if (d.open() != Window.OK) {
                return;
            }
            reason = d.getValue();
        }
        String why = reason;
        background(a.label(), () -> service.transition(session.subject(), c.id(), c.version(), a, why, LocalDate.now()),
                v -> refreshCreations(v.id()));
    }

    private void declare() {
        CleanUnitKind kind = kindAt(kindFilter, true);
        if (kind == null) {
            Dialogs.info(tabs.getShell(), Messages.declare, Messages.choose_kind);
            return;
        }
        InputDialog d = new InputDialog(tabs.getShell(), Messages.declare, NLS.bind(Messages.declare_prompt, kind.label()), "",
                v -> v == null || v.isBlank() ? Messages.code_needed : null);
        if (d.open() != Window.OK) {
            return;
        }
        String code = d.getValue().strip();
        background(Messages.declare, () -> service.declare(session.subject(), code, kind, LocalDate.now()), v -> refreshCreations(v.id()));
    }

    // ------------------------------------------------------------------ scoring

    private void scoringTab(Composite tab) {
        scoringLabel = new Label(tab, SWT.WRAP);
        scoringLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite bar = Widgets.bar(tab, 10);
        new Label(bar, SWT.NONE).setText(Messages.stage);
        List<String> stages = new ArrayList<>();
        for (EvaluationStage s : EvaluationStage.values()) {
            stages.add(s.label());
        }
        stageCombo = combo(bar, stages, 100);
        new Label(bar, SWT.NONE).setText(Messages.year);
        yearSpinner = new Spinner(bar, SWT.BORDER);
        yearSpinner.setValues(LocalDate.now().getYear(), 2000, LocalDate.now().getYear(), 0, 1, 1);
        new Label(bar, SWT.NONE).setText(Messages.bonus);
        bonusSpinner = new Spinner(bar, SWT.BORDER);
        bonusSpinner.setValues(0, 0, 100, 1, 5, 10);
        bonusSpinner.addListener(SWT.Modify, e -> updateTotal());
        Widgets.button(bar, Messages.save_evaluation, true, this::saveEvaluation);
        Widgets.button(bar, Messages.add_evidence, true, this::addEvidence);
        Widgets.button(bar, Messages.open_evidence, true, this::openEvidence);
        Widgets.button(bar, Messages.export_sheet, true, this::exportSheet);
        knockOutBox = new Composite(tab, SWT.NONE);
        knockOutBox.setLayout(new GridLayout(1, false));
        knockOutBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        totalLabel = new Label(tab, SWT.NONE);
        totalLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        scores = Widgets.table(top, SCORES);
        indicatorColumns(scores);
        var pointsColumn = Tables.column(scores, IndicatorSet.Indicator.class, Messages.points, 60, i -> points.getOrDefault(i.code(), ""));
        pointsColumn.setEditingSupport(new Cell(scores, points, true));
        var noteColumn = Tables.column(scores, IndicatorSet.Indicator.class, Messages.note, 200, i -> notes.getOrDefault(i.code(), ""));
        noteColumn.setEditingSupport(new Cell(scores, notes, false));
        col(scores, IndicatorSet.Indicator.class, Messages.evidence, 220, i -> evidenceText(i));
        Composite bottom = Widgets.pane(sash);
        new Label(bottom, SWT.NONE).setText(Messages.evaluations);
        evaluations = Widgets.table(bottom, EVALUATIONS);
        col(evaluations, EvaluationView.class, Messages.stage, 80, e -> e.stage().label());
        col(evaluations, EvaluationView.class, Messages.year, 50, e -> String.valueOf(e.year()));
        col(evaluations, EvaluationView.class, Messages.version, 60, e -> NLS.bind(Messages.version_n, e.standardVersion()));
        col(evaluations, EvaluationView.class, Messages.total, 60, e -> num(e.total()));
        col(evaluations, EvaluationView.class, Messages.result, 140, e -> (e.passed() ? Messages.passed : Messages.failed)
                + (e.tier() == null ? "" : " " + e.tier()) + (e.knockOuts().isEmpty() ? "" : " " + e.knockOuts()));
        col(evaluations, EvaluationView.class, Messages.by, 80, EvaluationView::scoredBy);
        col(evaluations, EvaluationView.class, Messages.recorded, 150, e -> e.scoredAt().toString().replace('T', ' ').substring(0, 16));
        sash.setWeights(65, 35);
    }

    /** Area, code, text and maximum: how the scoring form and the standard both list indicators. */
    private static void indicatorColumns(TableViewer t) {
        col(t, IndicatorSet.Indicator.class, Messages.area, 90, IndicatorSet.Indicator::area);
        col(t, IndicatorSet.Indicator.class, Messages.code, 50, IndicatorSet.Indicator::code);
        col(t, IndicatorSet.Indicator.class, Messages.indicator, 380, IndicatorSet.Indicator::name);
        col(t, IndicatorSet.Indicator.class, Messages.max, 45, i -> num(i.maxPoints()));
    }

    /** Editable points and notes; points are checked by the service when saved, shown as typed until then. */
    private final class Cell extends EditingSupport {
        private final Map<String, String> values;
        private final boolean isPoints;
        private final TextCellEditor editor;

        Cell(TableViewer viewer, Map<String, String> values, boolean isPoints) {
            super(viewer);
            this.values = values;
            this.isPoints = isPoints;
            this.editor = new TextCellEditor(viewer.getTable());
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return values.getOrDefault(((IndicatorSet.Indicator) element).code(), "");
        }

        @Override
        protected void setValue(Object element, Object value) {
            values.put(((IndicatorSet.Indicator) element).code(), String.valueOf(value).strip());
            getViewer().update(element, null);
            if (isPoints) {
                updateTotal();
            }
        }
    }

    private String evidenceText(IndicatorSet.Indicator i) {
        List<EvidenceView> e = evidenceByIndicator.getOrDefault(i.code(), List.of());
        if (!e.isEmpty()) {
            return String.join(Messages.sep, e.stream().map(EvidenceView::fileName).toList());
        }
        return i.needsEvidence() ? NLS.bind(Messages.evidence_missing, i.evidence()) : "";
    }

    private void loadScoring() {
        CreationView c = selected;
        if (c == null) {
            scoringLabel.setText(Messages.select_creation_first);
            return;
        }
        EvaluationStage stage = c.status() == CreationStatus.REVIEWED ? EvaluationStage.ON_SITE : c.status().holdsTitle()
                ? EvaluationStage.MONITORING : EvaluationStage.SELF;
        stageCombo.select(stage.ordinal());
        record Loaded(IndicatorSet set, List<EvaluationView> evaluations, List<EvidenceView> evidence) {
        }
        background(Messages.loading, () -> new Loaded(service.currentStandard(session.subject(), c.kind()), service.evaluations(session.subject(), c.id()),
                service.evidence(session.subject(), c.id())), l -> {
                    scoringSet = l.set();
                    scoringLabel.setText(NLS.bind(Messages.scoring_for, new Object[] { c.unitName(), c.kind().label(), c.status().label(),
                            l.set().title(), l.set().version(), num(l.set().passLine()) }));
                    bonusSpinner.setMaximum((int) Math.round(l.set().bonusCap() * 10));
                    points.clear();
                    notes.clear();
                    // start from the latest evaluation's points: a re-score usually changes a few indicators
                    bonusSpinner.setSelection(0);
                    if (!l.evaluations().isEmpty()) {
                        bonusSpinner.setSelection((int) Math.round(l.evaluations().get(0).bonus() * 10));
                        l.evaluations().get(0).scores().forEach(s -> {
                            points.put(s.indicator(), num(s.points()));
                            if (s.note() != null) {
                                notes.put(s.indicator(), s.note());
                            }
                        });
                    }
                    Map<String, List<EvidenceView>> ev = new LinkedHashMap<>();
                    l.evidence().forEach(e -> ev.computeIfAbsent(e.indicator(), k -> new ArrayList<>()).add(e));
                    evidenceByIndicator = ev;
                    for (Button b : knockOutButtons) {
                        b.dispose();
                    }
                    knockOutButtons.clear();
                    for (IndicatorSet.KnockOut k : l.set().knockOuts()) {
                        Button b = new Button(knockOutBox, SWT.CHECK);
                        b.setText(NLS.bind(Messages.knockout, k.code(), k.text()));
                        b.setData(k.code());
                        b.addListener(SWT.Selection, e -> updateTotal());
                        knockOutButtons.add(b);
                    }
                    knockOutBox.getParent().layout(true, true);
                    scores.setInput(l.set().indicators());
                    evaluations.setInput(l.evaluations());
                    updateTotal();
                });
    }

    private void updateTotal() {
        if (scoringSet == null) {
            return;
        }
        double sum = 0;
        int missing = 0;
        for (IndicatorSet.Indicator i : scoringSet.indicators()) {
            try {
                sum += Double.parseDouble(points.getOrDefault(i.code(), ""));
            } catch (NumberFormatException e) {
                missing++;
            }
        }
        double total = sum + bonusSpinner.getSelection() / 10.0;
        boolean ko = knockOutButtons.stream().anyMatch(Button::getSelection);
        totalLabel.setText(NLS.bind(Messages.total_line, new Object[] { num(total), num(scoringSet.passLine()), missing == 0 ? ""
                : NLS.bind(Messages.unscored, missing), ko ? Messages.knocked_out : total >= scoringSet.passLine() && missing == 0
                        ? Messages.would_pass : "" }));
        totalLabel.getParent().layout();
    }

    private void saveEvaluation() {
        CreationView c = selected;
        if (c == null || scoringSet == null) {
            return;
        }
        Map<String, Double> parsed = new HashMap<>();
        List<String> bad = new ArrayList<>();
        points.forEach((code, text) -> {
            if (!text.isEmpty()) {
                try {
                    parsed.put(code, Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    bad.add(code + " '" + text + "'");
                }
            }
        });
        if (!bad.isEmpty()) {
            Dialogs.error(tabs.getShell(), Messages.save_evaluation, NLS.bind(Messages.not_numbers, String.join(", ", bad)));
            return;
        }
        Set<String> ko = new TreeSet<>();
        knockOutButtons.stream().filter(Button::getSelection).forEach(b -> ko.add((String) b.getData()));
        EvaluationStage stage = EvaluationStage.values()[stageCombo.getSelectionIndex()];
        int year = yearSpinner.getSelection();
        double bonus = bonusSpinner.getSelection() / 10.0;
        Map<String, String> n = new HashMap<>(notes);
        background(Messages.save_evaluation, () -> service.score(session.subject(), c.id(), stage, year, parsed, bonus, ko, n), e -> {
            Dialogs.info(tabs.getShell(), Messages.save_evaluation, NLS.bind(Messages.saved_evaluation, new Object[] { num(e.total()),
                    e.passed() ? Messages.passed : Messages.failed, e.standardVersion() }));
            refreshCreations(c.id());
            loadScoring();
        });
    }

    private IndicatorSet.Indicator selectedIndicator() {
        Object o = scores.getStructuredSelection().getFirstElement();
        if (o == null) {
            Dialogs.info(tabs.getShell(), Messages.add_evidence, Messages.select_indicator);
        }
        return (IndicatorSet.Indicator) o;
    }

    private void addEvidence() {
        CreationView c = selected;
        IndicatorSet.Indicator i = c == null ? null : selectedIndicator();
        if (i == null) {
            return;
        }
        FileDialog fd = new FileDialog(tabs.getShell(), SWT.OPEN);
        String f = fd.open();
        if (f == null) {
            return;
        }
        background(Messages.add_evidence, () -> {
            try {
                return service.addEvidence(session.subject(), c.id(), i.code(), Path.of(f));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(NLS.bind(Messages.cannot_read, f, e.getMessage()), e);
            }
        }, e -> loadScoring());
    }

    private void openEvidence() {
        IndicatorSet.Indicator i = selected == null ? null : selectedIndicator();
        List<EvidenceView> e = i == null ? List.of() : evidenceByIndicator.getOrDefault(i.code(), List.of());
        if (e.isEmpty()) {
            return;
        }
        EvidenceView last = e.get(e.size() - 1);
        // the service hands out only documents (by name and content), as a copy inside the data directory
        background(Messages.open_evidence, () -> {
            try {
                return service.openEvidence(session.subject(), last.id());
            } catch (IllegalArgumentException refused) {
                return null; // not a document to open: offered to be saved instead
            } catch (java.io.IOException ex) {
                throw new IllegalStateException(NLS.bind(Messages.cannot_read, last.fileName(), ex.getMessage()), ex);
            }
        }, copy -> {
            if (copy != null) {
                Program.launch(copy.toString());
                return;
            }
            if (org.eclipse.jface.dialogs.MessageDialog.openQuestion(tabs.getShell(), Messages.open_evidence,
                    NLS.bind(Messages.evidence_save_instead, last.fileName()))) {
                FileDialog fd = new FileDialog(tabs.getShell(), SWT.SAVE);
                fd.setFileName(last.fileName());
                fd.setOverwrite(true);
                String target = fd.open();
                if (target != null) {
                    background(Messages.open_evidence, () -> {
                        try {
                            service.exportEvidence(session.subject(), last.id(), Path.of(target));
                            return target;
                        } catch (java.io.IOException ex) {
                            throw new IllegalStateException(NLS.bind(Messages.cannot_write, target, ex.getMessage()), ex);
                        }
                    }, done -> Dialogs.info(tabs.getShell(), Messages.open_evidence, NLS.bind(Messages.written, done)));
                }
            }
        });
    }

    private void exportSheet() {
        Object o = evaluations.getStructuredSelection().getFirstElement();
        if (o == null) {
            Dialogs.info(tabs.getShell(), Messages.export_sheet, Messages.select_evaluation);
            return;
        }
        EvaluationView e = (EvaluationView) o;
        Widgets.export(tabs, Messages.export_sheet, NLS.bind(Messages.sheet_file, selected.unitName(), e.year()),
                f -> service.exportScoreSheet(session.subject(), e.id(), f), Messages.written, Messages.cannot_write);
    }

    // ------------------------------------------------------------------ standards

    private void standardsTab(Composite tab) {
        Composite bar = Widgets.bar(tab, 6);
        new Label(bar, SWT.NONE).setText(Messages.kind);
        standardKind = combo(bar, kinds(false), 110);
        new Label(bar, SWT.NONE).setText(Messages.version);
        standardVersion = combo(bar, List.of(), 90);
        standardKind.addListener(SWT.Selection, e -> loadStandard());
        standardVersion.addListener(SWT.Selection, e -> showStandard());
        Widgets.button(bar, Messages.edit_standard, county(), this::editStandard);
        Widgets.button(bar, Messages.refresh, true, this::loadStandard);
        standardSummary = new Label(tab, SWT.WRAP);
        standardSummary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        standardTable = Widgets.table(top, STANDARD);
        indicatorColumns(standardTable);
        col(standardTable, IndicatorSet.Indicator.class, Messages.guidance, 220, IndicatorSet.Indicator::guidance);
        col(standardTable, IndicatorSet.Indicator.class, Messages.evidence, 140, IndicatorSet.Indicator::evidence);
        Composite bottom = Widgets.pane(sash);
        new Label(bottom, SWT.NONE).setText(Messages.diff_title);
        diffTable = Widgets.table(bottom, DIFF);
        col(diffTable, IndicatorSetDiff.Change.class, Messages.change, 70, c -> switch (c.kind()) {
            case ADDED -> Messages.added;
            case REMOVED -> Messages.removed;
            case CHANGED -> Messages.changed;
        });
        col(diffTable, IndicatorSetDiff.Change.class, Messages.code, 60, IndicatorSetDiff.Change::code);
        col(diffTable, IndicatorSetDiff.Change.class, Messages.field, 80, c -> fieldLabel(c.field()));
        col(diffTable, IndicatorSetDiff.Change.class, Messages.before, 330, c -> c.before() == null ? "" : c.before());
        col(diffTable, IndicatorSetDiff.Change.class, Messages.after, 330, c -> c.after() == null ? "" : c.after());
        sash.setWeights(65, 35);
    }

    /** The diff's field names (identifiers of the text form) as the screen says them. */
    private static String fieldLabel(String field) {
        return switch (field) {
            case "title" -> Messages.f_title;
            case "pass" -> Messages.f_pass;
            case "bonus" -> Messages.f_bonus;
            case "tiers" -> Messages.f_tiers;
            case "area" -> Messages.area;
            case "text", "indicator" -> Messages.indicator;
            case "points" -> Messages.max;
            case "guidance" -> Messages.guidance;
            case "evidence" -> Messages.evidence;
            case "knockout" -> Messages.f_knockout;
            default -> field;
        };
    }

    private void loadStandard() {
        CleanUnitKind k = kindAt(standardKind, false);
        background(Messages.loading, () -> service.standards(k), list -> {
            versions = list;
            standardVersion.removeAll();
            list.forEach(s -> standardVersion.add(NLS.bind(Messages.version_n, s.version())));
            standardVersion.select(0);
            showStandard();
        });
    }

    private void showStandard() {
        int i = standardVersion.getSelectionIndex();
        if (i < 0 || i >= versions.size()) {
            return;
        }
        IndicatorSet s = versions.get(i);
        standardSummary.setText(NLS.bind(Messages.standard_summary, new Object[] { s.title(), num(s.maxTotal()), num(s.passLine()),
                num(s.bonusCap()), String.join(Messages.sep, s.tiers().stream().map(t -> t.name() + " ≥" + num(t.minTotal())).toList()),
                String.join(";", s.knockOuts().stream().map(k -> k.code() + " " + k.text()).toList()), s.createdBy(),
                s.createdAt() == null ? "" : s.createdAt().toString().substring(0, 10) }));
        standardTable.setInput(s.indicators());
        diffTable.setInput(i + 1 < versions.size() ? IndicatorSetDiff.between(versions.get(i + 1), s) : List.of());
        standardSummary.getParent().layout();
    }

    /** The standard in its text form, edited and published as the next version (a bad line is named, nothing saved). */
    private void editStandard() {
        if (versions.isEmpty()) {
            return;
        }
        IndicatorSet current = versions.get(0);
        StandardDialog d = new StandardDialog(tabs.getShell(), NLS.bind(Messages.edit_title, current.kind().label(), current.version() + 1),
                IndicatorSetFormat.write(current), text -> {
                    try {
                        List<String> p = IndicatorSetFormat.parse(current.kind(), text).problems();
                        return p.isEmpty() ? null : String.join("; ", p);
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (d.open() != Window.OK) {
            return;
        }
        IndicatorSet draft = IndicatorSetFormat.parse(current.kind(), d.text());
        background(Messages.edit_standard, () -> service.publishStandard(session.subject(), draft), v -> loadStandard());
    }

    // ------------------------------------------------------------------ coverage

    private void coverageTab(Composite tab) {
        Composite bar = Widgets.bar(tab, 4);
        new Label(bar, SWT.NONE).setText(Messages.year);
        coverageYear = new Spinner(bar, SWT.BORDER);
        coverageYear.setValues(LocalDate.now().getYear(), 2000, LocalDate.now().getYear(), 0, 1, 1);
        coverageYear.addListener(SWT.Selection, e -> refreshCoverage());
        Widgets.button(bar, Messages.refresh, true, this::refreshCoverage);
        Widgets.button(bar, Messages.export, true, () -> Widgets.export(tabs, Messages.export, NLS.bind(Messages.coverage_file,
                coverageYear.getSelection()), f -> service.exportCoverage(session.subject(), coverageYear.getSelection(), f),
                Messages.written, Messages.cannot_write));
        SashForm sash = Widgets.split(tab);
        Composite charts = new Composite(sash, SWT.NONE);
        charts.setLayout(new GridLayout(2, true));
        String[] series = { Messages.meeting, Messages.held_not_meeting, Messages.in_process, Messages.rejected_revoked, Messages.not_declared };
        org.eclipse.swt.graphics.RGB[] colours = { new org.eclipse.swt.graphics.RGB(46, 139, 87), new org.eclipse.swt.graphics.RGB(230, 160, 40),
                new org.eclipse.swt.graphics.RGB(90, 140, 200), new org.eclipse.swt.graphics.RGB(190, 70, 60),
                new org.eclipse.swt.graphics.RGB(200, 200, 200) };
        byKind = new BarChart(charts, series, colours);
        byKind.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        byTownship = new BarChart(charts, series, colours);
        byTownship.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite bottom = Widgets.pane(sash);
        coverageTable = Widgets.table(bottom, COVERAGE);
        col(coverageTable, CoverageRow.class, Messages.township, 130, r -> r.groupName() == null ? Messages.total_row : r.groupName());
        col(coverageTable, CoverageRow.class, Messages.kind, 80, r -> r.kind() == null ? Messages.all_kinds : r.kind().label());
        col(coverageTable, CoverageRow.class, Messages.eligible, 60, r -> String.valueOf(r.eligible()));
        col(coverageTable, CoverageRow.class, Messages.declared_count, 60, r -> String.valueOf(r.declared()));
        col(coverageTable, CoverageRow.class, Messages.in_process, 60, r -> String.valueOf(r.inProcess()));
        col(coverageTable, CoverageRow.class, Messages.published, 60, r -> String.valueOf(r.published()));
        col(coverageTable, CoverageRow.class, Messages.under_review, 60, r -> String.valueOf(r.underReview()));
        col(coverageTable, CoverageRow.class, Messages.revoked, 60, r -> String.valueOf(r.revoked()));
        col(coverageTable, CoverageRow.class, Messages.meeting, 60, r -> String.valueOf(r.meeting()));
        col(coverageTable, CoverageRow.class, Messages.target, 55, r -> r.targetPercent() + "%");
        col(coverageTable, CoverageRow.class, Messages.coverage, 90, r -> r.coveragePercent() + "%" + (r.reachesTarget() ? "" : " ▼"));
        col(coverageTable, CoverageRow.class, Messages.monitoring_due, 80, r -> String.valueOf(r.monitoringDue()));
        sash.setWeights(45, 55);
    }

    /** Bars add up to the units to create, so the green share is the coverage the table gives. */
    private static double[] segments(int eligible, int declared, int inProcess, int published, int meeting) {
        int out = Math.max(0, declared - inProcess - published);
        return new double[] { meeting, Math.max(0, published - meeting), inProcess, out, Math.max(0, eligible - declared) };
    }

    private void refreshCoverage() {
        int year = coverageYear.getSelection();
        background(Messages.loading, () -> service.coverage(session.subject(), year), rows -> {
            coverageTable.setInput(rows);
            List<BarChart.Bar> kinds = new ArrayList<>();
            Map<String, int[]> townships = new LinkedHashMap<>();
            for (CoverageRow r : rows) {
                if (r.groupCode() == null && r.kind() != null) {
                    kinds.add(new BarChart.Bar(r.kind().label() + " " + r.coveragePercent() + "%", segments(r.eligible(), r.declared(),
                            r.inProcess(), r.published(), r.meeting())));
                } else if (r.groupCode() != null) {
                    int[] t = townships.computeIfAbsent(r.groupName(), k -> new int[5]);
                    t[0] += r.eligible();
                    t[1] += r.declared();
                    t[2] += r.inProcess();
                    t[3] += r.published();
                    t[4] += r.meeting();
                }
            }
            byKind.set(NLS.bind(Messages.chart_kinds, year), kinds, true);
            List<BarChart.Bar> ts = new ArrayList<>();
            townships.forEach((name, t) -> ts.add(new BarChart.Bar(name, segments(t[0], t[1], t[2], t[3], t[4]))));
            byTownship.set(Messages.chart_townships, ts, true);
        });
    }

    // ------------------------------------------------------------------ demonstration sites

    /** A row of the sites table: a site, or one of its followers. */
    record SiteRow(CreationView creation, SiteView site, boolean follower) {
    }

    private void sitesTab(Composite tab) {
        Composite bar = Widgets.bar(tab, 5);
        new Label(bar, SWT.NONE).setText(Messages.kind);
        siteKind = combo(bar, kinds(false), 110);
        siteKind.select(CleanUnitKind.VILLAGE.ordinal());
        siteKind.addListener(SWT.Selection, e -> refreshSites());
        Widgets.button(bar, Messages.follow, county(), this::follow);
        Widgets.button(bar, Messages.unfollow, county(), this::unfollow);
        Widgets.button(bar, Messages.refresh, true, this::refreshSites);
        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        siteTable = Widgets.table(top, SITES);
        col(siteTable, SiteRow.class, Messages.unit, 240, r -> (r.follower() ? "    └ " : "★ ") + r.creation().unitName());
        col(siteTable, SiteRow.class, Messages.township, 120, r -> r.creation().groupName());
        col(siteTable, SiteRow.class, Messages.status, 80, r -> r.creation().status().label());
        col(siteTable, SiteRow.class, Messages.latest_score, 70, r -> num(r.creation().latestTotal()));
        col(siteTable, SiteRow.class, Messages.followers, 200, r -> r.follower() ? "" : NLS.bind(Messages.followers_meeting, r.site()
                .followersMeeting(), r.site().followers().size()));
        Composite bottom = Widgets.pane(sash);
        new Label(bottom, SWT.NONE).setText(Messages.candidates);
        candidateTable = Widgets.table(bottom, CANDIDATES);
        col(candidateTable, CreationView.class, Messages.unit, 240, CreationView::unitName);
        col(candidateTable, CreationView.class, Messages.township, 120, CreationView::groupName);
        col(candidateTable, CreationView.class, Messages.status, 80, c -> c.status().label());
        col(candidateTable, CreationView.class, Messages.latest_score, 70, c -> num(c.latestTotal()));
        sash.setWeights(60, 40);
    }

    private void refreshSites() {
        CleanUnitKind k = kindAt(siteKind, false);
        record Loaded(List<SiteView> sites, List<CreationView> candidates) {
        }
        background(Messages.loading, () -> new Loaded(service.sites(session.subject(), k), service.creations(session.subject(),
                new CreationFilter(k, null, null, null, 5000)).stream().filter(c -> !c.site() && c.siteId() == 0).toList()), l -> {
                    List<SiteRow> rows = new ArrayList<>();
                    for (SiteView s : l.sites()) {
                        rows.add(new SiteRow(s.site(), s, false));
                        s.followers().forEach(f -> rows.add(new SiteRow(f, s, true)));
                    }
                    siteTable.setInput(rows);
                    candidateTable.setInput(l.candidates());
                });
    }

    private void follow() {
        SiteRow site = (SiteRow) siteTable.getStructuredSelection().getFirstElement();
        CreationView unit = (CreationView) candidateTable.getStructuredSelection().getFirstElement();
        if (site == null || unit == null) {
            Dialogs.info(tabs.getShell(), Messages.follow, Messages.select_site_and_unit);
            return;
        }
        background(Messages.follow, () -> {
            service.follow(session.subject(), unit.id(), site.site().site().id());
            return unit;
        }, u -> refreshSites());
    }

    private void unfollow() {
        SiteRow row = (SiteRow) siteTable.getStructuredSelection().getFirstElement();
        if (row == null || !row.follower()) {
            Dialogs.info(tabs.getShell(), Messages.unfollow, Messages.select_follower);
            return;
        }
        background(Messages.unfollow, () -> {
            service.follow(session.subject(), row.creation().id(), 0);
            return row;
        }, r -> refreshSites());
    }
}
