package org.jiandu.training.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A line under a table that says what to do when the table is empty (or why it is), and takes no room otherwise:
 * an empty table alone gives a user no next step.
 */
final class EmptyHint {

    private final Label label;

    EmptyHint(Composite parent, String name) {
        label = new Label(parent, SWT.WRAP);
        label.setData("name", name);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        show(null);
    }

    /** Shows the hint, or hides it when {@code text} is null. */
    void show(String text) {
        boolean on = text != null;
        label.setText(on ? text : "");
        label.setVisible(on);
        ((GridData) label.getLayoutData()).exclude = !on;
        label.getParent().layout(true, true);
    }
}
