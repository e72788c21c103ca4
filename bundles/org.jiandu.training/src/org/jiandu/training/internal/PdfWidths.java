package org.jiandu.training.internal;

import java.util.List;

/**
 * Relative column widths for a PDF table sized to what the columns hold, so codes (cadre and session numbers) and
 * dates stay on one line; only the free-text column (gaps, titles) takes the rest of the page and wraps.
 */
final class PdfWidths {

    /** Widest a short column gets (in half-width characters), so one long cell cannot squeeze the others. */
    private static final int MAX_SHORT = 22;
    /** The free-text column's share, in the same units. */
    private static final int FREE_TEXT = 40;

    private PdfWidths() {
    }

    /** @param freeText index of the column that wraps, or -1 */
    static float[] of(List<?> header, List<? extends List<?>> rows, int freeText) {
        float[] w = new float[header.size()];
        for (int i = 0; i < w.length; i++) {
            int widest = width(header.get(i));
            for (List<?> r : rows) {
                if (i < r.size()) {
                    widest = Math.max(widest, width(r.get(i)));
                }
            }
            w[i] = i == freeText ? Math.max(FREE_TEXT, Math.min(widest, 2 * FREE_TEXT)) : Math.max(4, Math.min(widest, MAX_SHORT)) + 1;
        }
        return w;
    }

    /** Width of a cell's text in half-width characters: a Chinese character counts two. */
    private static int width(Object cell) {
        String s = cell == null ? "" : String.valueOf(cell);
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return n;
    }
}
