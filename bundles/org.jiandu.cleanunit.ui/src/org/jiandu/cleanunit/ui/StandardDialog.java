package org.jiandu.cleanunit.ui;

import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.ui.Widgets;

/**
 * Edits a standard in its text form; the problem (a bad line with its number, or what makes the set unsound) shows
 * under the text as it is typed, and publishing stays disabled until there is none.
 */
final class StandardDialog extends Dialog {

    private final String title, initial;
    private final Function<String, String> problem;
    private Text text;
    private Label status;
    private String result;

    StandardDialog(Shell parent, String title, String initial, Function<String, String> problem) {
        super(parent);
        this.title = title;
        this.initial = initial;
        this.problem = problem;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(980, 680);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(Messages.edit_help);
        text = Widgets.tabMovesOn(new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL));
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setText(initial);
        status = new Label(area, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text.addListener(SWT.Modify, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.publish_version, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
        check();
    }

    private void check() {
        String p = problem.apply(text.getText());
        status.setText(p == null ? Messages.edit_ok : p);
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(p == null && !text.getText().equals(initial));
        }
    }

    @Override
    protected void okPressed() {
        result = text.getText();
        super.okPressed();
    }

    String text() {
        return result;
    }
}
