package org.jiandu.tasks;

import java.time.LocalDate;
import java.time.YearMonth;

/** How often something comes round: a task list issued again, a duty to be done again. */
public enum Cadence {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    /** The first day of the period of this cadence that holds {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        int m = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), m, 1);
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate periodEnd(LocalDate start) {
        return YearMonth.from(start).plusMonths(months - 1L).atEndOfMonth();
    }

    /** The first day of the next period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return start.plusMonths(months);
    }
}
