package org.jiandu.app.jurisdiction;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.jiandu.app.Messages;

/** A small form for a hand edit: labelled text fields and choices; {@link #values()} after OK. */
final class FormDialog extends Dialog {

    /** A field: a text box (choices null) or a read-only choice among {@code choices}. */
    record Field(String label, String initial, String[] choices) {
        static Field text(String label, String initial) {
            return new Field(label, initial, null);
        }
    }

    private final String title;
    private final List<Field> fields;
    private final List<Control> controls = new ArrayList<>();
    private String[] values;

    FormDialog(Shell parent, String title, List<Field> fields) {
        super(parent);
        this.title = title;
        this.fields = fields;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        for (Field f : fields) {
            new Label(area, SWT.NONE).setText(f.label());
            if (f.choices() == null) {
                Text t = new Text(area, SWT.BORDER);
                t.setText(f.initial() == null ? "" : f.initial());
                t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                ((GridData) t.getLayoutData()).widthHint = 280;
                controls.add(t);
            } else {
                Combo c = new Combo(area, SWT.READ_ONLY);
                c.setItems(f.choices());
                int i = f.initial() == null ? 0 : Arrays.asList(f.choices()).indexOf(f.initial());
                c.select(Math.max(0, i));
                c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                controls.add(c);
            }
        }
        return area;
    }

    @Override
    protected void okPressed() {
        values = new String[controls.size()];
        for (int i = 0; i < values.length; i++) {
            Control c = controls.get(i);
            values[i] = c instanceof Text t ? t.getText().strip() : String.valueOf(((Combo) c).getSelectionIndex());
        }
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
    }

    /** The entered texts, a choice as its index; null when cancelled. */
    String[] values() {
        return values;
    }

    /** Opens the form; the values, or null when cancelled. */
    static String[] ask(Shell parent, String title, Field... fields) {
        FormDialog d = new FormDialog(parent, title, List.of(fields));
        return d.open() == OK ? d.values() : null;
    }
}
