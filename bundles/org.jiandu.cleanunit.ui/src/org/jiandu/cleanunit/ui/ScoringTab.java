package org.jiandu.cleanunit.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The scoring tab: the selected creation's indicators against the current standard, with points, notes, knock-outs,
 * bonus and evidence, the running total, and the unit's earlier evaluations.
 */
final class ScoringTab {

    private final Composite tab;
    private final CleanUnitService service;
    private final Session session;
    private final Supplier<CreationView> selected;
    private final Consumer<Long> saved;
    private final EvidenceFiles evidence;
    /** User name to display name, for who scored. */
    private final PeopleNames names;
    private Label scoringLabel, totalLabel, stageLabel;
    private Spinner yearSpinner, bonusSpinner;
    private Button save;
    /** The one stage the selected creation can be scored at by this user now, or null (the label says why). */
    private EvaluationStage stage;
    private Composite knockOutBox;
    private final List<Button> knockOutButtons = new ArrayList<>();
    private TableViewer scores, evaluations;
    private IndicatorSet scoringSet;
    private final Map<String, String> points = new HashMap<>(), notes = new HashMap<>();
    private Map<String, List<EvidenceView>> evidenceByIndicator = Map.of();

    /**
     * @param selected the creation chosen in the creations tab, or null
     * @param saved    told the creation's id after an evaluation is saved (the list shows the new score)
     */
    ScoringTab(Composite tab, CleanUnitService service, Session session, Supplier<CreationView> selected, Consumer<Long> saved,
            PeopleNames names) {
        this.names = names;
        this.tab = tab;
        this.service = service;
        this.session = session;
        this.selected = selected;
        this.saved = saved;
        this.evidence = new EvidenceFiles(tab, service, session, this::load);
        create();
    }

    private <T> void background(String name, Supplier<T> work, Consumer<T> done) {
        Jobs.background(tab, name, work, done);
    }

    private void create() {
        scoringLabel = new Label(tab, SWT.WRAP);
        scoringLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite bar = Widgets.row(tab);
        new Label(bar, SWT.NONE).setText(Messages.stage);
        // only the stage the creation's status allows: the form never offers what saving would refuse
        stageLabel = new Label(bar, SWT.NONE);
        new Label(bar, SWT.NONE).setText(Messages.year);
        yearSpinner = new Spinner(bar, SWT.BORDER);
        yearSpinner.setValues(LocalDate.now().getYear(), 2000, LocalDate.now().getYear(), 0, 1, 1);
        new Label(bar, SWT.NONE).setText(Messages.bonus);
        bonusSpinner = new Spinner(bar, SWT.BORDER);
        bonusSpinner.setValues(0, 0, 100, 1, 5, 10);
        bonusSpinner.addListener(SWT.Modify, e -> updateTotal());
        save = Widgets.button(bar, Messages.save_evaluation, false, this::saveEvaluation);
        Widgets.button(bar, Messages.add_evidence, true, () -> evidence.add(selected.get(), selectedIndicator()));
        Widgets.button(bar, Messages.open_evidence, true, () -> evidence.open(selectedIndicator(), evidenceByIndicator));
        Widgets.button(bar, Messages.export_sheet, true, this::exportSheet);
        knockOutBox = new Composite(tab, SWT.NONE);
        knockOutBox.setLayout(new GridLayout(1, false));
        knockOutBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        totalLabel = new Label(tab, SWT.NONE);
        totalLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        scores = Widgets.table(top, CleanUnitPart.SCORES);
        IndicatorColumns.add(scores);
        var pointsColumn = column(scores, IndicatorSet.Indicator.class, Messages.points, 60, i -> points.getOrDefault(i.code(), ""));
        pointsColumn.setEditingSupport(new ScoreCell(scores, points, this::updateTotal));
        var noteColumn = column(scores, IndicatorSet.Indicator.class, Messages.note, 200, i -> notes.getOrDefault(i.code(), ""));
        noteColumn.setEditingSupport(new ScoreCell(scores, notes, () -> {
        }));
        column(scores, IndicatorSet.Indicator.class, Messages.evidence, 220, i -> evidenceText(i));
        Composite bottom = Widgets.pane(sash);
        new Label(bottom, SWT.NONE).setText(Messages.evaluations);
        evaluations = Widgets.table(bottom, CleanUnitPart.EVALUATIONS);
        column(evaluations, EvaluationView.class, Messages.stage, 80, e -> e.stage().label());
        column(evaluations, EvaluationView.class, Messages.year, 50, e -> String.valueOf(e.year()));
        column(evaluations, EvaluationView.class, Messages.version, 60, e -> NLS.bind(Messages.version_n, e.standardVersion()));
        column(evaluations, EvaluationView.class, Messages.total, 60, e -> Scores.text(e.total()));
        column(evaluations, EvaluationView.class, Messages.result, 140, e -> (e.passed() ? Messages.passed : Messages.failed)
                + (e.tier() == null ? "" : " " + e.tier())
                + (e.knockOuts().isEmpty() ? "" : " " + NLS.bind(Messages.knocked_out_items, String.join(Messages.sep, e.knockOuts()))));
        column(evaluations, EvaluationView.class, Messages.by, 80, e -> names.name(e.scoredBy()));
        column(evaluations, EvaluationView.class, Messages.recorded, 150, e -> e.scoredAt().toString().replace('T', ' ').substring(0, 16));
        sash.setWeights(65, 35);
    }

    private String evidenceText(IndicatorSet.Indicator i) {
        List<EvidenceView> e = evidenceByIndicator.getOrDefault(i.code(), List.of());
        if (!e.isEmpty()) {
            return String.join(Messages.sep, e.stream().map(EvidenceView::fileName).toList());
        }
        return i.needsEvidence() ? NLS.bind(Messages.evidence_missing, i.evidence()) : "";
    }

    /** Loads the form for the creation chosen in the creations tab. */
    void load() {
        CreationView c = selected.get();
        if (c == null) {
            scoringLabel.setText(Messages.select_creation_first);
            save.setEnabled(false);
            return;
        }
        String why = chooseStage(c);
        record Loaded(IndicatorSet set, List<EvaluationView> evaluations, List<EvidenceView> evidence) {
        }
        Jobs.background(tab, Messages.loading, () -> new Loaded(service.currentStandard(session.subject(), c.kind()),
                service.evaluations(session.subject(), c.id()),
                service.evidence(session.subject(), c.id())), l -> {
                    scoringSet = l.set();
                    scoringLabel.setText(why != null ? why : NLS.bind(Messages.scoring_for, new Object[] { c.unitName(), c.kind().label(),
                            c.status().label(), l.set().title(), l.set().version(), Scores.text(l.set().passLine()) }));
                    bonusSpinner.setMaximum((int) Math.round(l.set().bonusCap() * 10));
                    points.clear();
                    notes.clear();
                    // start from the latest evaluation's points: a re-score usually changes a few indicators
                    bonusSpinner.setSelection(0);
                    if (!l.evaluations().isEmpty()) {
                        bonusSpinner.setSelection((int) Math.round(l.evaluations().get(0).bonus() * 10));
                        l.evaluations().get(0).scores().forEach(s -> {
                            points.put(s.indicator(), Scores.text(s.points()));
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
                }, message -> {
                    // said where the user waits, instead of "loading" for ever
                    scoringLabel.setText(message);
                    save.setEnabled(false);
                });
    }

    /**
     * Sets the stage and the years the service would accept for {@code c} and this user, and enables saving only then.
     * Returns why the creation cannot be scored now, or null when it can.
     */
    private String chooseStage(CreationView c) {
        EvaluationStage s = EvaluationStage.forStatus(c.status());
        int thisYear = LocalDate.now().getYear();
        int first = s == EvaluationStage.MONITORING ? Math.max(c.statusSince().getYear(), c.lastMonitoredYear() + 1) : 2000;
        String why = null;
        if (s == null) {
            why = NLS.bind(Messages.not_scored_now, c.unitName(), c.status().label());
        } else if (!s.scoredBy(session.subject().role())) {
            why = NLS.bind(Messages.not_your_stage, s.label(), c.unitName());
        } else if (first > thisYear) {
            why = NLS.bind(Messages.monitored_this_year, c.unitName(), thisYear);
        }
        stage = why == null ? s : null;
        stageLabel.setText(s == null ? Messages.no_stage : s.label());
        yearSpinner.setValues(thisYear, Math.min(first, thisYear), thisYear, 0, 1, 1);
        save.setEnabled(stage != null);
        stageLabel.getParent().layout(true, true);
        return why;
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
        totalLabel.setText(NLS.bind(Messages.total_line, new Object[] { Scores.text(total), Scores.text(scoringSet.passLine()),
                missing == 0 ? "" : NLS.bind(Messages.unscored, missing), ko ? Messages.knocked_out
                        : total >= scoringSet.passLine() && missing == 0 ? Messages.would_pass : "" }));
        totalLabel.getParent().layout();
    }

    private void saveEvaluation() {
        CreationView c = selected.get();
        if (c == null || scoringSet == null || stage == null) {
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
            Dialogs.error(tab.getShell(), Messages.save_evaluation, NLS.bind(Messages.not_numbers, String.join(", ", bad)));
            return;
        }
        Set<String> ko = new TreeSet<>();
        knockOutButtons.stream().filter(Button::getSelection).forEach(b -> ko.add((String) b.getData()));
        EvaluationStage stage = this.stage;
        int year = yearSpinner.getSelection();
        double bonus = bonusSpinner.getSelection() / 10.0;
        Map<String, String> n = new HashMap<>(notes);
        background(Messages.save_evaluation, () -> service.score(session.subject(), c.id(), stage, year, parsed, bonus, ko, n), e -> {
            Dialogs.info(tab.getShell(), Messages.save_evaluation, NLS.bind(Messages.saved_evaluation, new Object[] {
                    Scores.text(e.total()), e.passed() ? Messages.passed : Messages.failed, e.standardVersion() }));
            saved.accept(c.id());
            load();
        });
    }

    /** The indicator chosen in the form; null (after saying so) when none is, or when no creation is chosen. */
    private IndicatorSet.Indicator selectedIndicator() {
        if (selected.get() == null) {
            return null;
        }
        Object o = scores.getStructuredSelection().getFirstElement();
        if (o == null) {
            Dialogs.info(tab.getShell(), Messages.add_evidence, Messages.select_indicator);
        }
        return (IndicatorSet.Indicator) o;
    }

    private void exportSheet() {
        Object o = evaluations.getStructuredSelection().getFirstElement();
        if (o == null) {
            Dialogs.info(tab.getShell(), Messages.export_sheet, Messages.select_evaluation);
            return;
        }
        EvaluationView e = (EvaluationView) o;
        Export.ask(tab, Messages.export_sheet, NLS.bind(Messages.sheet_file, selected.get().unitName(), e.year()),
                f -> service.exportScoreSheet(session.subject(), e.id(), f), Messages.written, Messages.cannot_write);
    }
}
