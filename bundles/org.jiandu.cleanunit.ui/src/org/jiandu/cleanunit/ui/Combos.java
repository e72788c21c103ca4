package org.jiandu.cleanunit.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.jiandu.cleanunit.CleanUnitKind;

/** The read-only choice lists of the clean-unit screens, and the kind of unit one of them stands for. */
final class Combos {

    private Combos() {
    }

    static Combo readOnly(Composite parent, List<String> items, int width) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        items.forEach(c::add);
        c.select(0);
        if (parent.getLayout() instanceof RowLayout) {
            // at least the width asked for, wider when a label needs it (English is longer)
            c.setLayoutData(new RowData(Math.max(width, c.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT));
        } else {
            GridData gd = new GridData();
            gd.widthHint = width;
            c.setLayoutData(gd);
        }
        return c;
    }

    /** The kinds of unit in their order, after "all kinds" when {@code withAll}. */
    static List<String> kinds(boolean withAll) {
        List<String> l = new ArrayList<>();
        if (withAll) {
            l.add(Messages.all_kinds);
        }
        for (CleanUnitKind k : CleanUnitKind.values()) {
            l.add(k.label());
        }
        return l;
    }

    /** The kind chosen in a list made from {@link #kinds}; null for "all kinds". */
    static CleanUnitKind kindAt(Combo c, boolean withAll) {
        int i = c.getSelectionIndex() - (withAll ? 1 : 0);
        return i < 0 ? null : CleanUnitKind.values()[i];
    }
}
