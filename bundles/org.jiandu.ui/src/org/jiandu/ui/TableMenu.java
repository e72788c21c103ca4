package org.jiandu.ui;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** The context menu every list table has: export what it shows, fit its columns again. */
final class TableMenu {

    /** Table data: the title of an export of this table (else the tab it sits on). */
    static final String TITLE = "jiandu.title";

    private TableMenu() {
    }

    static void install(TableViewer viewer) {
        var table = viewer.getTable();
        Menu menu = new Menu(table);
        MenuItem export = new MenuItem(menu, SWT.PUSH);
        export.setText(Messages.table_export);
        export.addListener(SWT.Selection, e -> Tables.export(viewer, title(viewer)));
        MenuItem fit = new MenuItem(menu, SWT.PUSH);
        fit.setText(Messages.table_fit);
        fit.addListener(SWT.Selection, e -> {
            for (var c : table.getColumns()) {
                c.setData(ColumnSort.RESIZED_BY_USER, null);
            }
            Tables.fit(table);
        });
        menu.addListener(SWT.Show, e -> export.setEnabled(table.getItemCount() > 0));
        table.setMenu(menu);
    }

    static String title(TableViewer viewer) {
        Object t = viewer.getTable().getData(TITLE);
        if (t instanceof String s) {
            return s;
        }
        for (Composite c = viewer.getTable().getParent(); c != null; c = c.getParent()) {
            if (c.getParent() instanceof CTabFolder folder && folder.getSelection() != null) {
                return folder.getSelection().getText().replace("&", "");
            }
        }
        return Messages.table_defaultTitle;
    }
}
