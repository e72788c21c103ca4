package org.jiandu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;

/**
 * Table columns from a label and a text function, for the parts of the core and of modules alike. Every column made
 * here sorts its table when its header is clicked (again: the other way round), and {@link #fit} sizes columns to
 * what they show.
 */
public final class Tables {

    /** Widest a column grows when fitted to its content; wider text is cut with "…" and shown in full as tooltip. */
    static final int MAX_WIDTH = 420;

    private Tables() {
    }

    public static <T> TableViewerColumn column(TableViewer viewer, Class<T> type, String label, int width,
            Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(label);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                String t = getText(element);
                return t != null && t.length() > 30 ? t : null;
            }
        });
        ColumnSort.install(viewer, c.getColumn(), e -> text.apply(type.cast(e)));
        return c;
    }

    /**
     * What every list table has: list content whose columns fit what they show on each new input, tooltips for cells
     * too long to read, and a context menu to export the table as shown. {@link Widgets#table} does this already.
     */
    public static void standard(TableViewer viewer) {
        viewer.setContentProvider(new FittingContent());
        ColumnViewerToolTipSupport.enableFor(viewer);
        TableMenu.install(viewer);
    }

    /**
     * Sizes every column to the wider of its header and its content, at most {@link #MAX_WIDTH}; a column the
     * user has resized keeps the user's width.
     */
    public static void fit(Table table) {
        if (table.isDisposed()) {
            return;
        }
        table.setRedraw(false);
        try {
            for (TableColumn col : table.getColumns()) {
                if (Boolean.TRUE.equals(col.getData(ColumnSort.RESIZED_BY_USER))) {
                    continue;
                }
                int before = col.getWidth();
                col.pack();
                int fitted = Math.min(MAX_WIDTH, Math.max(col.getWidth(), 40));
                col.setData(ColumnSort.FITTING, Boolean.TRUE);
                col.setWidth(before == 0 ? 0 : fitted);
                col.setData(ColumnSort.FITTING, null);
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** The table as shown: header, then the rows in their shown order, each cell as shown. */
    public static List<List<Object>> shownRows(Table table) {
        List<List<Object>> rows = new ArrayList<>();
        int[] order = table.getColumnOrder();
        List<Object> header = new ArrayList<>();
        for (int i : order) {
            header.add(table.getColumn(i).getText());
        }
        rows.add(header);
        for (TableItem item : table.getItems()) {
            List<Object> row = new ArrayList<>();
            for (int i : order) {
                row.add(item.getText(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Asks where, then writes the table as shown (XLSX, or PDF by the name chosen) in a job. */
    public static void export(TableViewer viewer, String title) {
        Table table = viewer.getTable();
        List<List<Object>> rows = shownRows(table);
        String sheet = title.length() > 31 ? title.substring(0, 31) : title;
        Export.ask(table, title, title + ".xlsx",
                file -> PdfReport.writeSheets(file, title, List.of(new XlsxWriter.Sheet(sheet, rows))),
                Messages.table_exported, Messages.table_cannotExport);
    }
}
