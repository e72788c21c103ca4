package org.jiandu.patrol.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Townships × rounds: each cell shaded by how many of the township's targets are inspected in that round, the count
 * written in it; finished rounds are marked in the header.
 */
final class HeatMap extends Canvas {

    private List<String> rows = List.of();
    private List<String> columns = List.of();
    private boolean[] done = new boolean[0];
    private int[][] counts = new int[0][0];
    private final List<Color> allocated = new ArrayList<>();

    HeatMap(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> allocated.forEach(Color::dispose));
    }

    void set(List<String> rowLabels, List<String> columnLabels, boolean[] finished, int[][] values) {
        rows = List.copyOf(rowLabels);
        columns = List.copyOf(columnLabels);
        done = finished.clone();
        counts = values;
        redraw();
    }

    int[][] counts() {
        return counts;
    }

    private Color shade(double share) {
        int v = (int) Math.round(235 - share * 180);
        Color c = new Color(new RGB(Math.max(30, v - 60), Math.max(60, v - 10), 235));
        allocated.add(c);
        return c;
    }

    private void paint(GC gc) {
        allocated.forEach(Color::dispose);
        allocated.clear();
        var area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        int labelWidth = 60;
        for (String r : rows) {
            labelWidth = Math.max(labelWidth, gc.textExtent(r).x + 10);
        }
        int head = gc.getFontMetrics().getHeight() + 8;
        int cw = columns.isEmpty() ? 0 : Math.max(20, (area.width - labelWidth - 4) / columns.size());
        int ch = rows.isEmpty() ? 0 : Math.max(16, Math.min(28, (area.height - head - 4) / rows.size()));
        int max = 1;
        for (int[] row : counts) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            gc.setForeground(getDisplay().getSystemColor(done[c] ? SWT.COLOR_DARK_GREEN : SWT.COLOR_BLACK));
            gc.drawText(columns.get(c) + (done[c] ? "✓" : ""), labelWidth + c * cw + 4, 3, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = head + r * ch;
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(rows.get(r), 4, y + 2, true);
            for (int c = 0; c < columns.size(); c++) {
                int v = counts[r][c];
                int x = labelWidth + c * cw;
                gc.setBackground(v == 0 ? getDisplay().getSystemColor(SWT.COLOR_WHITE) : shade((double) v / max));
                gc.fillRectangle(x, y, cw - 1, ch - 1);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
                gc.drawRectangle(x, y, cw - 1, ch - 1);
                if (v > 0) {
                    gc.setForeground(getDisplay().getSystemColor(v * 2 > max ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                    gc.drawText(String.valueOf(v), x + 4, y + 2, true);
                }
            }
        }
    }
}
