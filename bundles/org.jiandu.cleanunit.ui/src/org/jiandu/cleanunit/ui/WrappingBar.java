package org.jiandu.cleanunit.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;

/** A row of controls across its parent that wraps onto the next line when narrow, so nothing is cut at 1024×768. */
final class WrappingBar {

    private WrappingBar() {
    }

    static Composite of(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        bar.setLayout(row);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return bar;
    }
}
