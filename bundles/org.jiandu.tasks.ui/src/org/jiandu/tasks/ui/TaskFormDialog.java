package org.jiandu.tasks.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.Widgets;

/** The module's forms: {@link FormDialog} with the two fields they share, a file to hand in and a few lines of text. */
abstract class TaskFormDialog extends FormDialog {

    TaskFormDialog(Shell parent, String title, String okLabel) {
        super(parent, title, okLabel);
    }

    /** A labelled path, typed or chosen with a button under it ({@code extensions}: e.g. "*.xlsx"; none: any file). */
    protected Text fileField(Composite fields, String label, String name, String... extensions) {
        Text file = text(fields, label, null, name);
        new Label(fields, SWT.NONE);
        Widgets.button(Widgets.row(fields), Messages.choose_file, true, () -> {
            FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
            if (extensions.length > 0) {
                fd.setFilterExtensions(extensions);
            }
            String f = fd.open();
            if (f != null) {
                file.setText(f);
            }
        });
        return file;
    }

    /** A labelled text of a few lines, which Tab leaves. */
    protected static Text area(Composite fields, String label, String name, int height) {
        new Label(fields, SWT.NONE).setText(label);
        Text t = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        t.setData("name", name);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = height;
        gd.widthHint = 320;
        t.setLayoutData(gd);
        return Widgets.tabMovesOn(t);
    }
}
