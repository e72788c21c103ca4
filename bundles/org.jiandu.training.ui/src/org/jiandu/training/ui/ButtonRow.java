package org.jiandu.training.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;

/** A row of buttons (and small controls) that wraps onto a second line on a narrow screen instead of cutting them. */
final class ButtonRow {

    private ButtonRow() {
    }

    static Composite of(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 2;
        layout.marginBottom = 2;
        row.setLayout(layout);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 1; // the row takes the width it is given and wraps, rather than asking for one long line
        row.setLayoutData(gd);
        return row;
    }
}
