package org.jiandu.patrol.ui;

import static org.jiandu.ui.Tables.column;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
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
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The rectification ledger (整改台账) of the term: findings with their stage and flags (overdue, paper-only), with
 * evidence attached by the rectifying side and items closed by a county-level reviewer.
 */
final class LedgerTab {

    private final Composite tab;
    private final LedgerService ledgerService;
    private final Session session;
    private final String term;
    private Combo flagFilter;
    private TableViewer ledger;

    LedgerTab(Composite tab, LedgerService ledgerService, Session session, String term) {
        this.tab = tab;
        this.ledgerService = ledgerService;
        this.session = session;
        this.term = term;
        create();
    }

    private String county() {
        return session.county().id();
    }

    private void create() {
        Composite top = Widgets.bar(tab, 6);
        flagFilter = new Combo(top, SWT.READ_ONLY);
        flagFilter.add(Messages.all_items);
        flagFilter.add(LedgerFlag.OVERDUE.chinese());
        flagFilter.add(Messages.paper_only);
        flagFilter.select(0);
        flagFilter.addListener(SWT.Selection, e -> refresh());
        Role role = session.subject().role();
        Widgets.button(top, Messages.evidence, PatrolRights.givesEvidence(role), this::attachEvidence);
        Widgets.button(top, Messages.close_item, PatrolRights.reviews(role), this::closeItem);
        Widgets.button(top, Messages.history, true, this::history);
        Widgets.button(top, Messages.export, true, this::export);
        new Label(top, SWT.NONE).setText(Messages.ledger_hint);
        ledger = Widgets.table(tab, PatrolPart.LEDGER);
        column(ledger, LedgerEntry.class, Messages.col_item, 50, e -> String.valueOf(e.itemId()));
        column(ledger, LedgerEntry.class, Messages.col_round, 45, e -> String.valueOf(e.round()));
        column(ledger, LedgerEntry.class, Messages.col_target, 110, LedgerEntry::targetName);
        column(ledger, LedgerEntry.class, Messages.col_category, 140, LedgerEntry::category);
        column(ledger, LedgerEntry.class, Messages.col_owner, 120, LedgerEntry::owner);
        column(ledger, LedgerEntry.class, Messages.col_deadline, 90, e -> e.deadline().toString());
        column(ledger, LedgerEntry.class, Messages.col_stage, 60, e -> e.stage().chinese());
        column(ledger, LedgerEntry.class, Messages.col_flags, 170,
                e -> String.join(" ", e.flags().stream().map(LedgerFlag::chinese).toList()));
        column(ledger, LedgerEntry.class, Messages.col_evidence, 150, e -> e.evidenceName() == null ? "" : e.evidenceName() + " "
                + e.evidenceOn());
        column(ledger, LedgerEntry.class, Messages.col_closed, 150, e -> e.closedOn() == null ? "" : e.closedOn() + " " + e.reviewer());
    }

    void refresh() {
        int f = flagFilter.getSelectionIndex();
        Jobs.background(tab, Messages.tab_ledger, () -> {
            List<LedgerEntry> rows = ledgerService.ledger(session.subject(), county(), term, f == 1 ? LedgerFlag.OVERDUE : null,
                    LocalDate.now());
            return f == 2 ? rows.stream().filter(LedgerEntry::paperOnly).toList() : rows;
        }, rows -> ledger.setInput(rows));
    }

    void export() {
        Export.ask(tab, Messages.export, NLS.bind(Messages.ledger_file, term), f -> ledgerService.export(session.subject(), county(),
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
        FileDialog fd = new FileDialog(tab.getShell(), SWT.OPEN);
        fd.setText(Messages.evidence);
        String f = fd.open();
        if (f != null) {
            try {
                ledgerService.attachEvidence(session.subject(), e.itemId(), e.itemVersion(), Path.of(f), LocalDate.now());
                refresh();
            } catch (IOException | RuntimeException x) {
                Dialogs.error(tab.getShell(), Messages.evidence, x.getMessage());
            }
        }
    }

    private void closeItem() {
        LedgerEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        if (MessageDialog.openConfirm(tab.getShell(), Messages.close_item, NLS.bind(Messages.close_confirm,
                new Object[] { e.itemId(), session.subject().displayName(), today }))) {
            try {
                ledgerService.close(session.subject(), e.itemId(), e.itemVersion(), today);
                refresh();
            } catch (RuntimeException x) {
                Dialogs.error(tab.getShell(), Messages.close_item, x.getMessage());
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
            Dialogs.error(tab.getShell(), Messages.history, x.getMessage());
            return;
        }
        Dialogs.info(tab.getShell(), Messages.history, sb.toString());
    }
}
