package org.jiandu.cleanunit.ui;

import org.jiandu.cleanunit.IndicatorSetFormat;

/** Points, totals and pass lines as the screens write them: as the standard's text form does, empty when not given. */
final class Scores {

    private Scores() {
    }

    static String text(double d) {
        return Double.isNaN(d) ? "" : IndicatorSetFormat.num(d);
    }
}
