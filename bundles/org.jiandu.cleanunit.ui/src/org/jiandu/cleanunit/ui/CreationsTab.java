package org.jiandu.cleanunit.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.TransitionView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.security.Role;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The creations tab: the filtered creation list, and for the selected unit its history and the workflow steps its
 * status and the user's role allow (declare, the steps, demonstration site).
 */
final class CreationsTab {

    private final Composite tab;
    private final CleanUnitService service;
    private final Session session;
    private final Runnable toScoring;
    private final OrgService orgs;
    /** User name to display name, for who took each step. */
    private final PeopleNames names;
    private Combo kindFilter, statusFilter;
    private Text textFilter;
    private TableViewer creations, history;
    private Composite actions;
    private Label selectedLabel;
    private CreationView selected;
    /** The township chosen in the jurisdiction tree, or null for the whole scope. */
    private OrgNodeView township;
    private Label townshipLabel;

    /** @param toScoring opens the scoring tab for the selected creation */
    CreationsTab(Composite tab, CleanUnitService service, Session session, Runnable toScoring, OrgService orgs,
            PeopleNames names) {
        this.orgs = orgs;
        this.names = names;
        this.tab = tab;
        this.service = service;
        this.session = session;
        this.toScoring = toScoring;
        create();
    }

    /** The creation chosen in the list, or null. */
    CreationView selected() {
        return selected;
    }

    private <T> void background(String name, Supplier<T> work, Consumer<T> done) {
        Jobs.background(tab, name, work, done);
    }

    private boolean county() {
        return session.subject().role().actsForCounty();
    }

    /** The unit's side (declare, self-assess, appeal): the county, and the township commission that guides its units. */
    private boolean unitSide() {
        return county() || session.subject().role() == Role.TOWNSHIP_COMMISSION;
    }

    private void create() {
        Composite bar = Widgets.row(tab);
        new Label(bar, SWT.NONE).setText(Messages.kind);
        kindFilter = Combos.readOnly(bar, Combos.kinds(true), 110);
        new Label(bar, SWT.NONE).setText(Messages.status);
        List<String> statuses = new ArrayList<>(List.of(Messages.all_statuses));
        for (CreationStatus s : CreationStatus.values()) {
            statuses.add(s.label());
        }
        statusFilter = Combos.readOnly(bar, statuses, 100);
        textFilter = new Text(bar, SWT.BORDER | SWT.SEARCH);
        textFilter.setMessage(Messages.unit_filter);
        textFilter.setLayoutData(new RowData(160, SWT.DEFAULT));
        townshipLabel = new Label(bar, SWT.NONE);
        textFilter.addListener(SWT.DefaultSelection, e -> refresh(null));
        kindFilter.addListener(SWT.Selection, e -> refresh(null));
        statusFilter.addListener(SWT.Selection, e -> refresh(null));
        Widgets.button(bar, Messages.refresh, true, () -> refresh(null));
        if (unitSide()) {
            Widgets.button(bar, Messages.declare, true, this::declare);
        }
        Widgets.button(bar, Messages.export, true, this::export);

        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        creations = Widgets.table(top, CleanUnitPart.CREATIONS);
        column(creations, CreationView.class, Messages.unit, 200, CreationView::unitName);
        column(creations, CreationView.class, Messages.kind, 80, c -> c.kind().label());
        column(creations, CreationView.class, Messages.township, 120, CreationView::groupName);
        column(creations, CreationView.class, Messages.status, 80, c -> c.status().label());
        column(creations, CreationView.class, Messages.since, 90, c -> c.statusSince().toString());
        // Tier names (示范单位, 达标单位) are data of the county's published standard, not codes: shown as written.
        column(creations, CreationView.class, Messages.tier, 90, c -> c.tier() == null ? "" : c.tier());
        column(creations, CreationView.class, Messages.latest_score, 70, c -> Scores.text(c.latestTotal()));
        column(creations, CreationView.class, Messages.site, 140, c -> c.site() ? Messages.is_site : c.siteName() == null ? ""
                : c.siteName());
        column(creations, CreationView.class, Messages.open_events, 70, c -> c.openEvents() == 0 ? "" : String.valueOf(c.openEvents()));
        creations.addSelectionChangedListener(e -> select((CreationView) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        creations.addDoubleClickListener(e -> {
            if (selected != null) {
                toScoring.run();
            }
        });

        Composite bottom = Widgets.pane(sash);
        selectedLabel = new Label(bottom, SWT.WRAP);
        selectedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        selectedLabel.setText(Messages.select_creation);
        actions = Widgets.row(bottom);
        history = Widgets.table(bottom, CleanUnitPart.HISTORY);
        column(history, TransitionView.class, Messages.date, 90, t -> t.on().toString());
        column(history, TransitionView.class, Messages.step, 110, t -> CreationAction.parse(t.action()).map(CreationAction::label)
                .orElse(Messages.declared));
        column(history, TransitionView.class, Messages.status, 90, t -> t.to().label());
        column(history, TransitionView.class, Messages.by, 80, t -> names.name(t.by()));
        column(history, TransitionView.class, Messages.reason, 380, t -> t.reason() == null ? "" : t.reason());
        column(history, TransitionView.class, Messages.recorded, 150, t -> t.recordedAt().toString().replace('T', ' ').substring(0, 16));
        sash.setWeights(60, 40);
    }

    private CreationFilter filter() {
        int s = statusFilter.getSelectionIndex() - 1;
        return new CreationFilter(Combos.kindAt(kindFilter, true), s < 0 ? null : CreationStatus.values()[s],
                township == null ? null : township.code(), textFilter.getText(), 5000);
    }

    /** Shows only the units of {@code t} (a township), or of the whole scope when null, as the jurisdiction tree says. */
    void follow(OrgNodeView t) {
        String before = township == null ? null : township.code();
        township = t;
        townshipLabel.setText(t == null ? "" : NLS.bind(Messages.only_township, t.name()));
        townshipLabel.getParent().layout(true, true);
        if (!Objects.equals(before, t == null ? null : t.code())) {
            refresh(null);
        }
    }

    /** Reloads the list; {@code reselect} (a creation's id, or null) is chosen again when still listed. */
    void refresh(Long reselect) {
        CreationFilter f = filter();
        Jobs.background(tab, Messages.loading, () -> service.creations(session.subject(), f), list -> {
            creations.setInput(list);
            CreationView again = reselect == null ? null : list.stream().filter(c -> c.id() == reselect).findFirst().orElse(null);
            if (again != null) {
                creations.setSelection(new StructuredSelection(again), true);
            } else {
                select(null);
            }
            if (list.isEmpty()) {
                selectedLabel.setText(unitSide() ? Messages.no_creations_declare : Messages.no_creations);
            }
        }, message -> selectedLabel.setText(message));
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
            if (a.from().contains(c.status()) && (a.countyOnly() ? county() : unitSide())) {
                Widgets.button(actions, a.label(), true, () -> take(a));
            }
        }
        Widgets.button(actions, Messages.to_scoring, true, toScoring);
        if (county() && (c.status() == CreationStatus.PUBLISHED || c.site())) {
            Widgets.button(actions, c.site() ? Messages.unset_site : Messages.set_site, true, () -> background(Messages.set_site,
                    () -> {
                        service.setSite(session.subject(), c.id(), !c.site());
                        return c.id();
                    }, this::refresh));
        }
        actions.layout(true);
        actions.getParent().layout(true);
        long id = c.id();
        background(Messages.loading, () -> service.history(session.subject(), id), h -> history.setInput(h));
    }

    private void take(CreationAction a) {
        CreationView c = selected;
        String reason = null;
        if (a.needsReason()) {
            InputDialog d = new InputDialog(tab.getShell(), a.label(), NLS.bind(Messages.reason_for, a.label(), c.unitName()), "",
                    v -> v == null || v.isBlank() ? Messages.reason_needed : null);
            if (d.open() != Window.OK) {
                return;
            }
            reason = d.getValue();
        }
        String why = reason;
        background(a.label(), () -> service.transition(session.subject(), c.id(), c.version(), a, why, LocalDate.now()),
                v -> refresh(v.id()));
    }

    /** Exports the creations the filters show. */
    void export() {
        Export.ask(tab, Messages.export, Messages.creations_file, f -> service.exportCreations(session.subject(), filter(), f),
                Messages.written, Messages.cannot_write);
    }

    void declare() {
        CleanUnitKind kind = Combos.kindAt(kindFilter, true);
        if (kind == null) {
            Dialogs.info(tab.getShell(), Messages.declare, Messages.choose_kind);
            return;
        }
        background(Messages.declare, () -> DeclareChoices.of(orgs, session.subject(), kind), choices -> {
            DeclareDialog d = new DeclareDialog(tab.getShell(), Messages.declare, NLS.bind(Messages.declare_prompt, kind.label()),
                    choices);
            if (d.open() != Window.OK) {
                return;
            }
            String code = d.code();
            background(Messages.declare, () -> service.declare(session.subject(), code, kind, LocalDate.now()), v -> refresh(v.id()));
        });
    }
}
