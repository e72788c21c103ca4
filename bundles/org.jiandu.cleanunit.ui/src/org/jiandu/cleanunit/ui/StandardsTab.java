package org.jiandu.cleanunit.ui;

import static org.jiandu.ui.Tables.column;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetDiff;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.core.security.Subject;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** The standards tab: each kind's versioned indicator sets, what changed from the version before, and editing the next. */
final class StandardsTab {

    private final Composite tab;
    private final CleanUnitService service;
    private final Session session;
    private Combo standardKind, standardVersion;
    private Label standardSummary;
    private TableViewer standardTable, diffTable;
    private List<IndicatorSet> versions = List.of();

    /** User name to display name, for who published a version. */
    private final PeopleNames names;

    StandardsTab(Composite tab, CleanUnitService service, Session session, PeopleNames names) {
        this.names = names;
        this.tab = tab;
        this.service = service;
        this.session = session;
        create();
    }

    private static String num(double d) {
        return Scores.text(d);
    }

    /** Who published: a person by name; the built-in first version as such, not as "system". */
    private String publisher(String username) {
        return Subject.SYSTEM.equals(username) ? Messages.built_in : names.name(username);
    }

    private void create() {
        Composite bar = Widgets.row(tab);
        new Label(bar, SWT.NONE).setText(Messages.kind);
        standardKind = Combos.readOnly(bar, Combos.kinds(false), 110);
        new Label(bar, SWT.NONE).setText(Messages.version);
        standardVersion = Combos.readOnly(bar, List.of(), 90);
        standardKind.addListener(SWT.Selection, e -> load());
        standardVersion.addListener(SWT.Selection, e -> show());
        Widgets.button(bar, Messages.edit_standard, session.subject().role().actsForCounty(), this::edit);
        Widgets.button(bar, Messages.refresh, true, this::load);
        standardSummary = new Label(tab, SWT.WRAP);
        standardSummary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        standardTable = Widgets.table(top, CleanUnitPart.STANDARD);
        IndicatorColumns.add(standardTable);
        column(standardTable, IndicatorSet.Indicator.class, Messages.guidance, 220, IndicatorSet.Indicator::guidance);
        column(standardTable, IndicatorSet.Indicator.class, Messages.evidence, 140, IndicatorSet.Indicator::evidence);
        Composite bottom = Widgets.pane(sash);
        new Label(bottom, SWT.NONE).setText(Messages.diff_title);
        diffTable = Widgets.table(bottom, CleanUnitPart.DIFF);
        column(diffTable, IndicatorSetDiff.Change.class, Messages.change, 70, c -> switch (c.kind()) {
            case ADDED -> Messages.added;
            case REMOVED -> Messages.removed;
            case CHANGED -> Messages.changed;
        });
        column(diffTable, IndicatorSetDiff.Change.class, Messages.code, 60, IndicatorSetDiff.Change::code);
        column(diffTable, IndicatorSetDiff.Change.class, Messages.field, 80, c -> fieldLabel(c.field()));
        column(diffTable, IndicatorSetDiff.Change.class, Messages.before, 330, c -> c.before() == null ? "" : c.before());
        column(diffTable, IndicatorSetDiff.Change.class, Messages.after, 330, c -> c.after() == null ? "" : c.after());
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

    /** Loads the chosen kind's versions, newest first, and shows the newest. */
    void load() {
        CleanUnitKind k = Combos.kindAt(standardKind, false);
        Jobs.background(tab, Messages.loading, () -> service.standards(k), list -> {
            versions = list;
            standardVersion.removeAll();
            list.forEach(s -> standardVersion.add(NLS.bind(Messages.version_n, s.version())));
            standardVersion.select(0);
            show();
        });
    }

    private void show() {
        int i = standardVersion.getSelectionIndex();
        if (i < 0 || i >= versions.size()) {
            return;
        }
        IndicatorSet s = versions.get(i);
        standardSummary.setText(NLS.bind(Messages.standard_summary, new Object[] { s.title(), num(s.maxTotal()), num(s.passLine()),
                num(s.bonusCap()), String.join(Messages.sep, s.tiers().stream().map(t -> t.name() + " ≥" + num(t.minTotal())).toList()),
                String.join(";", s.knockOuts().stream().map(k -> k.code() + " " + k.text()).toList()), publisher(s.createdBy()),
                s.createdAt() == null ? "" : s.createdAt().toString().substring(0, 10) }));
        standardTable.setInput(s.indicators());
        diffTable.setInput(i + 1 < versions.size() ? IndicatorSetDiff.between(versions.get(i + 1), s) : List.of());
        standardSummary.getParent().layout();
    }

    /** The standard in its text form, edited and published as the next version (a bad line is named, nothing saved). */
    private void edit() {
        if (versions.isEmpty()) {
            return;
        }
        IndicatorSet current = versions.get(0);
        StandardDialog d = new StandardDialog(tab.getShell(), NLS.bind(Messages.edit_title, current.kind().label(), current.version() + 1),
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
        Jobs.background(tab, Messages.edit_standard, () -> service.publishStandard(session.subject(), draft), v -> load());
    }
}
