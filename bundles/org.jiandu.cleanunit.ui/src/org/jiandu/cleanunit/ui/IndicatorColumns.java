package org.jiandu.cleanunit.ui;

import org.eclipse.jface.viewers.TableViewer;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.ui.Tables;

/** Area, code, text and maximum: how the scoring form and the standard both list indicators. */
final class IndicatorColumns {

    private IndicatorColumns() {
    }

    static void add(TableViewer t) {
        Tables.column(t, IndicatorSet.Indicator.class, Messages.area, 90, IndicatorSet.Indicator::area);
        Tables.column(t, IndicatorSet.Indicator.class, Messages.code, 50, IndicatorSet.Indicator::code);
        Tables.column(t, IndicatorSet.Indicator.class, Messages.indicator, 380, IndicatorSet.Indicator::name);
        Tables.column(t, IndicatorSet.Indicator.class, Messages.max, 45, i -> Scores.text(i.maxPoints()));
    }
}
