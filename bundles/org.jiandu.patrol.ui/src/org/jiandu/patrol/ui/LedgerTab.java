package org.jiandu.patrol.ui;

import static org.jiandu.ui.Tables.column;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jiandu.core.security.Role;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolRights;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The rectification ledger (整改台账) of the term: findings with their stage and flags (overdue, closed late,
 * paper-only), with evidence attached by the rectifying side and items closed (销号) by a county-level reviewer, the
 * user who closes, after a confirmation that says what will be recorded.
 */
final class LedgerTab {

    private static final int ALL = 0, OVERDUE = 1, PAPER_ONLY = 2;

    private final Composite tab;
    private final LedgerService ledgerService;
    private final Session session;
    private final String term;
    /** Reviewers by name. */
    private final PeopleNames people;
    private Combo flagFilter;
    private Label status;
    private TableViewer ledger;
    private Label only;
    /** The part of the jurisdiction chosen in the shell's tree. */
    private JurisdictionFilter filter = JurisdictionFilter.ALL;

    LedgerTab(Composite tab, LedgerService ledgerService, Session session, String term, PeopleNames people) {
        this.tab = tab;
        this.ledgerService = ledgerService;
        this.session = session;
        this.term = term;
        this.people = people;
        create();
    }

    private String county() {
        return session.county().id();
    }

    private void create() {
        Composite top = Widgets.row(tab);
        flagFilter = new Combo(top, SWT.READ_ONLY);
        flagFilter.add(Messages.all_items);
        flagFilter.add(Messages.overdue_items);
        flagFilter.add(Messages.paper_only);
        flagFilter.select(ALL);
        flagFilter.addListener(SWT.Selection, e -> refresh());
        Role role = session.subject().role();
        if (PatrolRights.givesEvidence(role)) {
            Widgets.button(top, Messages.evidence, true, this::attachEvidence);
        }
        if (PatrolRights.reviews(role)) {
            Widgets.button(top, Messages.close_item, true, this::closeItem);
        }
        Widgets.button(top, Messages.history, true, this::history);
        Widgets.button(top, Messages.export, true, this::export);
        only = new Label(top, SWT.NONE);
        status = new Label(tab, SWT.WRAP);
        status.setText(PatrolRights.reviews(role) ? Messages.ledger_hint : "");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ledger = Widgets.table(tab, PatrolPart.LEDGER);
        column(ledger, LedgerEntry.class, Messages.col_item, 50, e -> String.valueOf(e.itemId()));
        column(ledger, LedgerEntry.class, Messages.col_round, 45, e -> String.valueOf(e.round()));
        column(ledger, LedgerEntry.class, Messages.col_target, 110, LedgerEntry::targetName);
        column(ledger, LedgerEntry.class, Messages.col_category, 140, LedgerEntry::category);
        column(ledger, LedgerEntry.class, Messages.col_owner, 120, LedgerEntry::owner);
        column(ledger, LedgerEntry.class, Messages.col_deadline, 90, e -> e.deadline().toString());
        column(ledger, LedgerEntry.class, Messages.col_stage, 60, e -> PatrolLabels.of(e.stage()));
        column(ledger, LedgerEntry.class, Messages.col_flags, 170, e -> PatrolLabels.flags(e.flags()));
        column(ledger, LedgerEntry.class, Messages.col_evidence, 150, e -> e.evidenceName() == null ? "" : e.evidenceName() + " "
                + e.evidenceOn());
        column(ledger, LedgerEntry.class, Messages.col_closed, 150, e -> e.closedOn() == null ? ""
                : NLS.bind(Messages.closed_by, e.closedOn(), people.name(e.reviewer())));
        ledger.addDoubleClickListener(e -> history());
    }

    void refresh() {
        int f = flagFilter.getSelectionIndex();
        JurisdictionFilter within = filter;
        Jobs.background(tab, Messages.tab_ledger, () -> {
            List<LedgerEntry> rows = ledgerService.ledger(session.subject(), county(), term, null, LocalDate.now()).stream()
                    .filter(e -> within.covers(e.targetCode())).toList();
            return switch (f) {
                case OVERDUE -> rows.stream().filter(e -> e.flags().stream().anyMatch(LedgerFlag::late)).toList();
                case PAPER_ONLY -> rows.stream().filter(LedgerEntry::paperOnly).toList();
                default -> rows;
            };
        }, this::show, message -> say(NLS.bind(Messages.ledger_failed, message)));
    }

    /** Narrows the ledger to the part of the jurisdiction chosen in the shell's tree (reloading when it changed). */
    void follow(JurisdictionFilter f) {
        boolean changed = !f.equals(filter);
        filter = f;
        only.setText(f.label());
        only.getParent().layout(true, true);
        if (changed) {
            refresh();
        }
    }

    private void show(List<LedgerEntry> rows) {
        ledger.setInput(rows);
        if (rows.isEmpty() && flagFilter.getSelectionIndex() == ALL) {
            say(filter.all() ? NLS.bind(Messages.ledger_empty, term) : NLS.bind(Messages.ledger_empty_org, filter.org().name(), term));
        } else {
            long overdue = rows.stream().filter(e -> e.flags().contains(LedgerFlag.OVERDUE)).count();
            long late = rows.stream().filter(e -> e.flags().contains(LedgerFlag.CLOSED_OVERDUE)).count();
            say(NLS.bind(Messages.ledger_count, new Object[] { rows.size(), overdue, late }));
        }
    }

    private void say(String text) {
        status.setText(text);
        tab.layout(true, true);
    }

    void export() {
        Export.ask(tab, Messages.export, NLS.bind(Messages.ledger_file, term), f -> ledgerService.export(session.subject(), county(),
                term, LocalDate.now(), f), Messages.written, Messages.cannot_write);
    }

    private LedgerEntry selectedEntry(String action) {
        if (ledger.getStructuredSelection().getFirstElement() instanceof LedgerEntry e) {
            return e;
        }
        Dialogs.info(tab.getShell(), action, Messages.select_first);
        return null;
    }

    private void attachEvidence() {
        LedgerEntry e = selectedEntry(Messages.evidence);
        if (e == null) {
            return;
        }
        FileDialog fd = new FileDialog(tab.getShell(), SWT.OPEN);
        fd.setText(Messages.evidence);
        String f = fd.open();
        if (f != null) {
            Jobs.background(tab, Messages.evidence, () -> attach(e, f), x -> refresh());
        }
    }

    private LedgerEntry attach(LedgerEntry e, String file) {
        try {
            return ledgerService.attachEvidence(session.subject(), e.itemId(), e.itemVersion(), Path.of(file), LocalDate.now());
        } catch (IOException x) {
            throw new IllegalStateException(NLS.bind(Messages.cannot_read, file), x);
        }
    }

    /** Closing is irreversible: the confirmation says who and when is recorded, and that a late item stays marked. */
    private void closeItem() {
        LedgerEntry e = selectedEntry(Messages.close_item);
        if (e == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        String late = today.isAfter(e.deadline()) ? NLS.bind(Messages.close_late, e.deadline()) : "";
        String question = NLS.bind(Messages.close_confirm, new Object[] { e.itemId(), e.targetName(), e.category(), today,
                session.subject().displayName(), late });
        if (Dialogs.confirm(tab.getShell(), Messages.close_item, question, Messages.close_do)) {
            Jobs.background(tab, Messages.close_item, () -> ledgerService.close(session.subject(), e.itemId(), e.itemVersion(), today),
                    x -> refresh());
        }
    }

    /** Every entry of the finding, and what the item is now: its stage, flags, evidence and who closed it when. */
    private void history() {
        LedgerEntry e = selectedEntry(Messages.history);
        if (e == null) {
            return;
        }
        Jobs.background(tab, Messages.history, () -> ledgerService.history(session.subject(), e.findingId()), h -> Dialogs.info(
                tab.getShell(), NLS.bind(Messages.history_title, e.itemId()), describe(h)));
    }

    private String describe(List<LedgerEntry> history) {
        StringBuilder sb = new StringBuilder();
        for (LedgerEntry h : history) {
            sb.append(NLS.bind(Messages.history_line, new Object[] { h.revision(), h.category(), h.description() })).append('\n');
        }
        LedgerEntry now = history.get(history.size() - 1);
        sb.append('\n').append(NLS.bind(Messages.history_state, PatrolLabels.of(now.stage()), now.deadline()));
        if (now.evidenceName() != null) {
            sb.append('\n').append(NLS.bind(Messages.history_evidence, now.evidenceName(), now.evidenceOn()));
        }
        if (now.closedOn() != null) {
            String flags = now.flags().isEmpty() ? "" : NLS.bind(Messages.history_flags, PatrolLabels.flags(now.flags()));
            sb.append('\n').append(NLS.bind(Messages.history_closed, new Object[] { now.closedOn(), people.name(now.reviewer()), flags }));
        } else if (!now.flags().isEmpty()) {
            sb.append('\n').append(PatrolLabels.flags(now.flags()));
        }
        return sb.toString();
    }
}
