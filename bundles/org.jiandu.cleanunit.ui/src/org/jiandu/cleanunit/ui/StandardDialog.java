package org.jiandu.cleanunit.ui;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.Widgets;

/**
 * Edits a standard in its text form; the problem (a bad line with its number, or what makes the set unsound) shows
 * under the text as it is typed, and publishing stays disabled until there is none.
 */
final class StandardDialog extends FormDialog {

    private final String initial;
    private final Function<String, String> problem;
    private Text text;
    private String result;

    StandardDialog(Shell parent, String title, String initial, Function<String, String> problem) {
        super(parent, title, Messages.publish_version);
        this.initial = initial;
        this.problem = problem;
        setShellStyle(getShellStyle() | SWT.MAX);
    }

    @Override
    protected Point getInitialSize() {
        return fitted(new Point(980, 680));
    }

    @Override
    protected void build(Composite fields) {
        note(fields, Messages.edit_help);
        text = Widgets.tabMovesOn(new Text(fields, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL));
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        text.setText(initial);
        text.addListener(SWT.Modify, e -> buttonsCreated());
    }

    /** Checks the text as typed: says the problem (or that it is sound) and enables publishing only when sound. */
    @Override
    protected void buttonsCreated() {
        String p = problem.apply(text.getText());
        say(p == null ? Messages.edit_ok : p, p != null);
        setOkEnabled(p == null && !text.getText().equals(initial));
    }

    @Override
    protected void save() {
        result = text.getText();
    }

    String text() {
        return result;
    }
}
