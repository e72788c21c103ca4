package org.jiandu.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The counterpart of {@link ScreenDialog} for dialogs that ask: a resizable form fitted to the screen, labelled fields
 * in two columns, OK (the default button, Enter) and Cancel (Escape). OK runs {@link #save()}; when that refuses, the
 * dialog stays open and says why on its message line under the fields, so nothing typed is lost.
 */
public abstract class FormDialog extends ScreenDialog {

    /** Widget name of the message line. */
    public static final String MESSAGE = "jiandu.form.message";

    private final String okLabel;
    private Label message;

    protected FormDialog(Shell parent, String title) {
        this(parent, title, Messages.ok);
    }

    /** {@code okLabel}: what OK does, said on its button (e.g. "Declare"). */
    protected FormDialog(Shell parent, String title, String okLabel) {
        super(parent, title, 0, 0);
        this.okLabel = okLabel;
    }

    /** Adds the form's fields to a two-column composite (label, field). */
    protected abstract void build(Composite fields);

    /** Does what OK stands for; throws (IllegalArgumentException, a service's refusal, …) to keep the form open. */
    protected abstract void save();

    /** The sentence (or lines) the message line shows for a refusal; override for a service's list of problems. */
    protected String describe(RuntimeException refusal) {
        return UserMessage.of(refusal);
    }

    /** The message line's widget name, for tests that look it up. */
    protected String messageName() {
        return MESSAGE;
    }

    /** The size the form asks for, within the screen. */
    @Override
    protected Point getInitialSize() {
        return fitted(getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        build(fields);
        message = new Label(area, SWT.WRAP);
        message.setData("name", messageName());
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 460;
        message.setLayoutData(gd);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
        buttonsCreated();
    }

    /** Called once OK exists, e.g. to enable it only when the form is complete ({@link #setOkEnabled}). */
    protected void buttonsCreated() {
    }

    /** Enables OK (no-op before the buttons exist). */
    protected void setOkEnabled(boolean enabled) {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(enabled);
        }
    }

    @Override
    protected void okPressed() {
        try {
            save();
        } catch (RuntimeException e) {
            say(describe(e), true);
            return;
        }
        super.okPressed();
    }

    /** Shows {@code text} on the message line, in red for a problem; the dialog grows to show it, within the screen. */
    protected void say(String text, boolean problem) {
        message.setText(text == null ? "" : text);
        message.setForeground(problem ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        Shell shell = getShell();
        int width = message.getSize().x;
        int missing = message.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT).y - message.getSize().y;
        if (shell.isVisible() && missing > 0) {
            Point now = shell.getSize();
            shell.setSize(fitted(new Point(now.x, now.y + missing)));
        }
        shell.layout(true, true);
    }

    /** A line of text across both columns (what the form is for). */
    protected static Label note(Composite fields, String text) {
        Label l = new Label(fields, SWT.WRAP);
        l.setText(text);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        gd.widthHint = 440;
        l.setLayoutData(gd);
        return l;
    }

    /** A labelled one-line text showing {@code value} (null: empty), named {@code name} for tests. */
    protected static Text text(Composite fields, String label, String value, String name) {
        new Label(fields, SWT.NONE).setText(label);
        Text t = new Text(fields, SWT.BORDER);
        t.setText(value == null ? "" : value);
        t.setData("name", name);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 300;
        t.setLayoutData(gd);
        return t;
    }

    /** A labelled combo ({@code style}: SWT.READ_ONLY to choose only, SWT.DROP_DOWN to allow typing too). */
    protected static Combo combo(Composite fields, String label, int style, String name) {
        new Label(fields, SWT.NONE).setText(label);
        Combo c = new Combo(fields, style);
        c.setData("name", name);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    /** A labelled read-only combo of {@code items} with {@code selected} chosen (the first when negative). */
    protected static Combo combo(Composite fields, String label, List<String> items, int selected, String name) {
        Combo c = combo(fields, label, SWT.READ_ONLY, name);
        items.forEach(c::add);
        c.select(Math.max(0, selected));
        return c;
    }

    /** A labelled date field (typed in any common form, or picked from its calendar) showing {@code value}. */
    protected static DateField dateField(Composite fields, String label, LocalDate value, String name) {
        new Label(fields, SWT.NONE).setText(label);
        DateField f = new DateField(fields, name);
        if (value != null) {
            f.setDate(value);
        }
        return f;
    }

    /** The date of a field, or null when empty; an unreadable one is a refusal naming its field. */
    protected static LocalDate date(DateField f, String field) {
        try {
            return f.date();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
