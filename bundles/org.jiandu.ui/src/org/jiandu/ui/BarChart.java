package org.jiandu.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Horizontal stacked bars drawn with SWT: one row per label, one segment per series, with a legend. Small on
 * purpose: the dashboards need counts per township and per rule, not a charting library.
 */
public final class BarChart extends Canvas {

    /** One bar: its label and a value per series. */
    public record Bar(String label, double[] values) {
    }

    /** Height of a legend line. */
    private static final int LEGEND_LINE = 18;

    private final String[] series;
    private final RGB[] colours;
    private final List<Color> allocated = new ArrayList<>();
    private List<Bar> bars = List.of();
    private String title = "";
    private boolean percent;

    public BarChart(Composite parent, String[] series, RGB[] colours) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.series = series;
        this.colours = colours;
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> allocated.forEach(Color::dispose));
    }

    /** @param asPercent scale every bar to its own total (shares) instead of the largest total (counts) */
    public void set(String chartTitle, List<Bar> data, boolean asPercent) {
        title = chartTitle;
        bars = List.copyOf(data);
        percent = asPercent;
        redraw();
    }

    List<Bar> bars() {
        return bars;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int width = wHint == SWT.DEFAULT ? 420 : wHint;
        GC gc = new GC(this);
        try {
            // the legend wraps onto as many lines as the width needs (English series names are long)
            return new Point(width, hHint == SWT.DEFAULT ? 32 + bars.size() * 20 + legendLines(gc, width) * LEGEND_LINE : hHint);
        } finally {
            gc.dispose();
        }
    }

    /** Width of one legend entry: swatch, name, gap. */
    private static int legendWidth(GC gc, String name) {
        return 14 + gc.textExtent(name).x + 14;
    }

    private int legendLines(GC gc, int width) {
        int lines = 1, x = 6;
        for (String name : series) {
            int w = legendWidth(gc, name);
            if (x > 6 && x + w > width) {
                lines++;
                x = 6;
            }
            x += w;
        }
        return lines;
    }

    private Color colour(int i) {
        Color c = new Color(colours[i % colours.length]);
        allocated.add(c);
        return c;
    }

    private void paint(GC gc) {
        allocated.forEach(Color::dispose);
        allocated.clear();
        var area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title, 6, 4, true);
        int labelWidth = 40;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, gc.textExtent(b.label()).x + 12);
        }
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, total(b));
        }
        int legend = legendLines(gc, area.width) * LEGEND_LINE;
        int top = 26, row = Math.max(14, Math.min(22, (area.height - top - legend) / Math.max(1, bars.size())));
        int width = Math.max(10, area.width - labelWidth - 60);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * row;
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(b.label(), 6, y, true);
            double scale = percent ? total(b) : max;
            int x = labelWidth;
            for (int s = 0; s < b.values().length; s++) {
                int w = scale <= 0 ? 0 : (int) Math.round(b.values()[s] / scale * width);
                gc.setBackground(colour(s));
                gc.fillRectangle(x, y + 2, w, row - 5);
                x += w;
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            String end = percent && total(b) > 0 ? Math.round(100 * b.values()[0] / total(b)) + "%" : String.valueOf((long) total(b));
            gc.drawText(end, x + 4, y, true);
        }
        int x = 6, y = top + bars.size() * row + 6;
        for (int s = 0; s < series.length; s++) {
            if (x > 6 && x + legendWidth(gc, series[s]) > area.width) {
                x = 6;
                y += LEGEND_LINE;
            }
            gc.setBackground(colour(s));
            gc.fillRectangle(x, y + 3, 10, 10);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(series[s], x + 14, y, true);
            x += legendWidth(gc, series[s]);
        }
    }

    private static double total(Bar b) {
        double t = 0;
        for (double v : b.values()) {
            t += v;
        }
        return t;
    }
}
