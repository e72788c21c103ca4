package org.jiandu.ui;

import java.text.Collator;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorting a table by the column whose header was clicked: numbers by value (so 9 comes before 10, "85.5 分" before
 * "90 分"), other text in the order of the user's language (pinyin order for Chinese), empty cells last.
 */
final class ColumnSort extends ViewerComparator {

    /** Column data set while the table itself sizes a column, so that resize is not taken for the user's. */
    static final String FITTING = "jiandu.fitting";
    /** Column data: the user resized this column, fitting leaves it alone. */
    static final String RESIZED_BY_USER = "jiandu.resizedByUser";

    private final Function<Object, String> text;
    private final boolean ascending;
    private final Collator collator = Collator.getInstance(Locale.getDefault());

    private ColumnSort(Function<Object, String> text, boolean ascending) {
        this.text = text;
        this.ascending = ascending;
    }

    static void install(TableViewer viewer, TableColumn column, Function<Object, String> text) {
        column.addListener(SWT.Selection, e -> {
            var table = viewer.getTable();
            boolean ascending = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
            table.setSortColumn(column);
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
            viewer.setComparator(new ColumnSort(text, ascending));
        });
        column.addListener(SWT.Resize, e -> {
            if (!Boolean.TRUE.equals(column.getData(FITTING)) && column.getData(RESIZED_BY_USER) == null
                    && column.getParent().isVisible() && column.getParent().getItemCount() > 0) {
                column.setData(RESIZED_BY_USER, Boolean.TRUE);
            }
        });
    }

    @Override
    public int compare(Viewer viewer, Object a, Object b) {
        int c = compareText(safe(a), safe(b));
        return ascending ? c : -c;
    }

    private String safe(Object o) {
        String s = text.apply(o);
        return s == null ? "" : s.strip();
    }

    int compareText(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() == b.isEmpty() ? 0 : a.isEmpty() ? 1 : -1;
        }
        Double x = leadingNumber(a);
        Double y = leadingNumber(b);
        if (x != null && y != null && !x.equals(y)) {
            return Double.compare(x, y);
        }
        return collator.compare(a, b);
    }

    /** The number a cell starts with ("85.5 分", "-3", "12%"), or null when it starts otherwise or is a date. */
    static Double leadingNumber(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
        }
        if (i == digits || (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '/' || s.charAt(i) == ':'))) {
            return null;
        }
        try {
            return Double.valueOf(s.substring(0, i).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
