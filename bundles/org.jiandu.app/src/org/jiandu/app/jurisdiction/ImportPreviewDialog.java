package org.jiandu.app.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.jiandu.app.Messages;
import org.jiandu.core.jurisdiction.Change;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.Problem;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;
import org.jiandu.ui.Tables;

/**
 * The result of checking a jurisdiction workbook: either every bad row (sheet, row, column, reason) or the difference
 * in tabs new / changed / closed / reopened with their counts, and an Apply button when there is something to apply.
 */
final class ImportPreviewDialog extends Dialog {

    static final String PROBLEMS = "jiandu.jurisdiction.problems", CHANGES = "jiandu.jurisdiction.changes";

    private final String file;
    private final JurisdictionCheck check;

    ImportPreviewDialog(Shell parent, String file, JurisdictionCheck check) {
        super(parent);
        this.file = file;
        this.check = check;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.jimp_title + " · " + file);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (!check.ok()) {
            summary.setText(NLS.bind(Messages.jimp_problems, check.problems().size()));
            TableViewer v = table(area, PROBLEMS);
            Tables.column(v, Problem.class, Messages.jimp_sheet, 110, p -> p.sheet() == null ? "" : p.sheet());
            Tables.column(v, Problem.class, Messages.jimp_row, 60, p -> p.row() == 0 ? "" : String.valueOf(p.row()));
            Tables.column(v, Problem.class, Messages.jimp_column, 120, p -> p.column() == null ? "" : p.column());
            Tables.column(v, Problem.class, Messages.jimp_reason, 560, Problem::message);
            v.setInput(check.problems());
            return area;
        }
        summary.setText(check.changes().isEmpty() ? Messages.jimp_nothing
                : NLS.bind(Messages.jimp_summary, new Object[] { check.rows(), check.count(ChangeKind.NEW),
                        check.count(ChangeKind.CHANGED), check.count(ChangeKind.CLOSED), check.count(ChangeKind.REOPENED) }));
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tab(tabs, Messages.jimp_new, ChangeKind.NEW);
        tab(tabs, Messages.jimp_changed, ChangeKind.CHANGED);
        tab(tabs, Messages.jimp_closed, ChangeKind.CLOSED);
        tab(tabs, Messages.jimp_reopened, ChangeKind.REOPENED);
        return area;
    }

    private void tab(TabFolder tabs, String label, ChangeKind kind) {
        List<Change> changes = check.changes().stream().filter(c -> c.kind() == kind).toList();
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(NLS.bind(label, changes.size()));
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        TableViewer v = table(c, CHANGES + "." + kind.name().toLowerCase(Locale.ROOT));
        column(v, Messages.jimp_subject, 80, x -> x.subject() == SubjectKind.NODE ? Messages.jimp_node : Messages.jimp_cadre);
        column(v, Messages.jimp_code, 130, Change::code);
        column(v, Messages.jimp_name, 150, Change::name);
        column(v, Messages.jimp_field, 110, ImportPreviewDialog::field);
        column(v, Messages.jimp_old, 180, x -> x.oldValue() == null ? "" : x.oldValue());
        column(v, Messages.jimp_new_value, 180, x -> x.newValue() == null ? "" : x.newValue());
        v.setInput(changes);
        item.setControl(c);
    }

    static String field(Change c) {
        return FieldLabel.of(c.kind(), c.field());
    }

    private static void column(TableViewer v, String label, int width, Function<Change, String> text) {
        Tables.column(v, Change.class, label, width, text);
    }

    private static TableViewer table(Composite parent, String name) {
        TableViewer v = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        v.getTable().setData("name", name);
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.standard(v);
        return v;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (check.ok() && !check.changes().isEmpty()) {
            createButton(parent, IDialogConstants.OK_ID, Messages.jimp_apply, true);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.jimp_close, !check.ok() || check.changes().isEmpty());
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(900, 560);
    }
}
