package org.jiandu.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What an item was: its history as a table (one row per revision or change: what, by whom, when), sorted, fitted and
 * exportable like every table, or a sentence when there is none. The caller adds the columns.
 *
 * @param <T> one row of the history
 */
public final class HistoryTableDialog<T> extends ScreenDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final String tableName;
    private final List<T> rows;
    private final String empty;
    private final Consumer<TableViewer> columns;

    /**
     * @param tableName widget name of the table (for tests)
     * @param empty     said instead of the table when there are no rows
     * @param columns   adds the columns ({@link Tables#column}) to the table
     */
    public HistoryTableDialog(Shell parent, String title, String tableName, List<T> rows, String empty,
            Consumer<TableViewer> columns) {
        super(parent, title, 860, 420);
        this.tableName = tableName;
        this.rows = List.copyOf(rows);
        this.empty = empty;
        this.columns = columns;
    }

    /** A moment as the history tables show it (minutes, local time); "" for none. */
    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        if (rows.isEmpty()) {
            Label l = new Label(area, SWT.WRAP);
            l.setData("name", tableName + ".empty");
            l.setText(empty);
            l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return area;
        }
        TableViewer table = Widgets.table(area, tableName);
        table.getTable().setData(TableMenu.TITLE, getShell().getText());
        columns.accept(table);
        table.setInput(rows);
        return area;
    }
}
