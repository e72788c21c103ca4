package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.training.EnrolmentView;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.Widgets;

/** The revisions of one cadre's record in a session: what it was, who changed it (by name), when, and why. */
final class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final EnrolmentView record;
    private final List<EnrolmentView> revisions;
    private final PeopleNames people;

    HistoryDialog(Shell shell, EnrolmentView record, List<EnrolmentView> revisions, PeopleNames people) {
        super(shell);
        this.record = record;
        this.revisions = revisions;
        this.people = people;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.history_title, record.cadreName(), record.sessionCode()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TableViewer table = Widgets.table(area, "jiandu.training.history");
        table.getTable().setData("jiandu.title", NLS.bind(Messages.history_title, record.cadreName(), record.sessionCode()));
        column(table, EnrolmentView.class, Messages.col_revision, 40, h -> String.valueOf(h.revision()));
        column(table, EnrolmentView.class, Messages.col_status, 70, h -> Labels.of(h.status()));
        column(table, EnrolmentView.class, Messages.col_hours, 50, h -> Format.num(h.hours()));
        column(table, EnrolmentView.class, Messages.col_score, 50, h -> Format.num(h.score()));
        column(table, EnrolmentView.class, Messages.col_completed, 90, h -> Format.date(h.completedOn()));
        column(table, EnrolmentView.class, Messages.col_changed_by, 80, h -> people.name(h.recordedBy()));
        column(table, EnrolmentView.class, Messages.col_when, 120, h -> h.recordedAt() == null ? "" : WHEN.format(h.recordedAt()));
        column(table, EnrolmentView.class, Messages.col_note_reason, 220, h -> h.note() == null ? "" : h.note());
        GridData gd = (GridData) table.getTable().getLayoutData();
        gd.widthHint = 720;
        gd.heightHint = 220;
        table.setInput(revisions);
        if (revisions.isEmpty()) {
            new EmptyHint(area, "jiandu.training.history.empty").show(Messages.history_empty);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, org.jiandu.ui.Messages.ok, true).setFocus();
    }
}
