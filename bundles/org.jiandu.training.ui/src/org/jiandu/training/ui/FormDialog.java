package org.jiandu.training.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.ui.DateField;

/**
 * A labelled form whose OK runs {@link #save()}; when the service refuses, the dialog stays open and lists every
 * reason under the fields, so nothing typed is lost.
 */
abstract class FormDialog extends Dialog {

    private final String title;
    private Composite fields;
    private Label problems;

    FormDialog(Shell shell, String title) {
        super(shell);
        this.title = title;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        fields = new Composite(area, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        build(fields);
        problems = new Label(area, SWT.WRAP);
        problems.setData("name", "jiandu.training.form.problems");
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 460;
        problems.setLayoutData(gd);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, org.jiandu.ui.Messages.ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, org.jiandu.ui.Messages.cancel, false);
    }

    /** Adds the form's fields to a two-column composite. */
    protected abstract void build(Composite parent);

    /** Saves through the service; throws (TrainingValidationException, IllegalArgumentException, …) when refused. */
    protected abstract void save();

    protected Text text(Composite parent, String label, String value, String name) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value == null ? "" : value);
        t.setData("name", name);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 300;
        t.setLayoutData(gd);
        return t;
    }

    protected Combo combo(Composite parent, String label, List<String> items, int selected, String name) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        items.forEach(c::add);
        c.select(Math.max(0, selected));
        c.setData("name", name);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    /** A labelled date field (typed in any common form, or picked from its calendar) showing {@code value}. */
    protected DateField dateField(Composite parent, String label, LocalDate value, String name) {
        new Label(parent, SWT.NONE).setText(label);
        DateField f = new DateField(parent, name);
        if (value != null) {
            f.setDate(value);
        }
        return f;
    }

    /** The date of a field, or null when empty; an unreadable one is a problem named by its field. */
    protected static LocalDate date(DateField f, String field) {
        try {
            return f.date();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    protected static Double number(Text t, String field) {
        String s = t.getText().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": " + org.eclipse.osgi.util.NLS.bind(Messages.not_number, s));
        }
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            try {
                save();
            } catch (RuntimeException e) {
                show(Failures.of(e)); // every problem, or one sentence: never a trace
                return;
            }
        }
        super.buttonPressed(id);
    }

    private void show(String text) {
        problems.setText(text);
        getShell().layout(true, true);
        getShell().setSize(getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}
