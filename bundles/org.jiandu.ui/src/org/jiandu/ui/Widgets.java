package org.jiandu.ui;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The small building blocks the module screens share: tabs, button bars, forms, splits, list tables. */
public final class Widgets {

    private Widgets() {
    }

    /** A tab of a folder with a one-column composite to fill. */
    public static Composite tab(CTabFolder tabs, String label) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(label);
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        item.setControl(c);
        return c;
    }

    /** A row of controls across the top of its parent. */
    public static Composite bar(Composite parent, int columns) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(columns, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return top;
    }

    /** A labelled single-line text field in a two-column form ({@code style}: e.g. {@link SWT#PASSWORD}). */
    public static Text field(Composite form, String label, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER | SWT.SINGLE | style);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    /**
     * Lets Tab leave a multi-line field, as it leaves every other control (GTK and Windows would type a tab
     * character instead and trap a keyboard user in the field).
     */
    public static Text tabMovesOn(Text text) {
        text.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        return text;
    }

    public static Button button(Composite parent, String text, boolean enabled, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setEnabled(enabled);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /**
     * A row of buttons and small controls across its parent that wraps onto the next line on a narrow screen instead
     * of cutting them off (every screen is usable at 1024×768).
     */
    public static Composite row(Composite parent) {
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

    /** A vertical split filling its parent; {@link #pane} adds its parts, top to bottom. */
    public static SashForm split(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return sash;
    }

    /** A one-column part of a split. */
    public static Composite pane(SashForm split) {
        Composite c = new Composite(split, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        return c;
    }

    /**
     * A single-selection table of records filling its parent; {@code name} lets UI tests find it. Its columns fit
     * their content whenever it gets rows, and its context menu exports what it shows.
     */
    public static TableViewer table(Composite parent, String name) {
        TableViewer t = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        t.getTable().setData("name", name);
        t.getTable().setHeaderVisible(true);
        t.getTable().setLinesVisible(true);
        t.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.standard(t);
        return t;
    }
}
