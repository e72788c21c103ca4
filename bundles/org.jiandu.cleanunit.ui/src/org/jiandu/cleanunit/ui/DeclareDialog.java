package org.jiandu.cleanunit.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.ui.NamePicker;

/**
 * Declares a unit (a department, school, village … or a cadre's family) by name: search as you type, the code stays
 * behind the choice. Declaring is enabled once one unit is chosen; Enter declares, Escape cancels.
 */
final class DeclareDialog extends Dialog {

    static final String PICKER = "jiandu.cleanunit.declare.unit";

    private final String title, prompt;
    private final List<NamePicker.Choice> choices;
    private NamePicker picker;
    private String code;

    DeclareDialog(Shell parent, String title, String prompt, List<NamePicker.Choice> choices) {
        super(parent);
        this.title = title;
        this.prompt = prompt;
        this.choices = choices;
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
        Label l = new Label(area, SWT.WRAP);
        l.setText(prompt);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 420;
        l.setLayoutData(wide);
        picker = new NamePicker(area, PICKER, Messages.declare_hint);
        picker.setChoices(choices);
        picker.onChoose(c -> update());
        picker.text().addListener(SWT.Modify, e -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.declare_do, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
        update();
    }

    private void update() {
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(picker.chosen() != null);
        }
    }

    @Override
    protected void okPressed() {
        if (picker.chosen() == null) {
            return;
        }
        code = picker.chosen().id();
        super.okPressed();
    }

    /** The chosen unit's code, or null when cancelled. */
    String code() {
        return code;
    }
}
