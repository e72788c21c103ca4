package org.jiandu.cleanunit.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.NamePicker;

/**
 * Declares a unit (a department, school, village … or a cadre's family) by name: search as you type, the code stays
 * behind the choice. Declaring is enabled once one unit is chosen; Enter declares, Escape cancels.
 */
final class DeclareDialog extends FormDialog {

    static final String PICKER = "jiandu.cleanunit.declare.unit";

    private final String prompt;
    private final List<NamePicker.Choice> choices;
    private NamePicker picker;
    private String code;

    DeclareDialog(Shell parent, String title, String prompt, List<NamePicker.Choice> choices) {
        super(parent, title, Messages.declare_do);
        this.prompt = prompt;
        this.choices = choices;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, prompt);
        picker = new NamePicker(fields, PICKER, Messages.declare_hint);
        picker.text().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        picker.setChoices(choices);
        picker.onChoose(c -> buttonsCreated());
        picker.text().addListener(SWT.Modify, e -> buttonsCreated());
    }

    @Override
    protected void buttonsCreated() {
        setOkEnabled(picker.chosen() != null);
    }

    @Override
    protected void save() {
        if (picker.chosen() == null) {
            throw new IllegalArgumentException(Messages.declare_hint);
        }
        code = picker.chosen().id();
    }

    /** The chosen unit's code, or null when cancelled. */
    String code() {
        return code;
    }
}
