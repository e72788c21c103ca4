package org.jiandu.training.internal;

import java.util.List;

/**
 * Column widths for a PDF table sized to what the columns hold, so codes (cadre and session numbers) and dates stay
 * on one line; only the free-text column (gaps, titles) takes the rest of the page and wraps. The widths are in
 * points of the page's text width (A4 less the margins), for the report's 9 pt table font.
 */
final class PdfWidths {

    /** Width of a half-width character at 9 pt (a Chinese one counts two), with some room for wider Latin glyphs. */
    private static final float PER_UNIT = 5.6f;
    /** The cell's padding left and right, and a little slack. */
    private static final float PADDING = 10;
    /** Widest a short column gets (in half-width characters), so one long cell cannot squeeze the others. */
    private static final int MAX_SHORT = 24;
    /** The free-text column keeps at least this much. */
    private static final float MIN_FREE_TEXT = 120;

    private PdfWidths() {
    }

    /** @param freeText index of the column that wraps, or -1; {@code landscape} as the report's page */
    static float[] of(List<?> header, List<? extends List<?>> rows, int freeText, boolean landscape) {
        float page = (landscape ? 842 : 595) - 2 * 40;
        float[] w = new float[header.size()];
        float used = 0;
        for (int i = 0; i < w.length; i++) {
            if (i == freeText) {
                continue;
            }
            int widest = width(header.get(i));
            for (List<?> r : rows) {
                if (i < r.size()) {
                    widest = Math.max(widest, width(r.get(i)));
                }
            }
            w[i] = Math.min(widest, MAX_SHORT) * PER_UNIT + PADDING;
            used += w[i];
        }
        if (freeText >= 0 && freeText < w.length) {
            w[freeText] = Math.max(MIN_FREE_TEXT, page - used);
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
