package org.jiandu.tasks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period scored and ranked: a month ({@code 2026-09}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}).
 *
 * @param label as the user writes it
 * @param first its first day
 * @param last  its last day
 */
public record Period(String label, LocalDate first, LocalDate last) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * @throws IllegalArgumentException (one sentence, naming the text) for anything but YYYY, YYYY-MM or YYYY-Qn
     */
    public static Period parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            Matcher m = QUARTER.matcher(s);
            if (m.matches()) {
                int q = Integer.parseInt(m.group(2));
                YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), 3 * q - 2);
                return new Period(m.group(1) + "-Q" + q, start.atDay(1), start.plusMonths(2).atEndOfMonth());
            }
            m = MONTH.matcher(s);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
            }
            if (YEAR.matcher(s).matches()) {
                int y = Integer.parseInt(s);
                return new Period(s, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (DateTimeException e) {
            // a month 13 and the like: the sentence below
        }
        throw new IllegalArgumentException("'" + s + "' is not a period: write a year (2026), a month (2026-09) or a"
                + " quarter (2026-Q3)");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
