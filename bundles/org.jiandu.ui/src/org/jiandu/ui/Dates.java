package org.jiandu.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Dates as people type them: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, 20261201. Shown back as ISO
 * (yyyy-MM-dd), the form every table and export uses.
 */
public final class Dates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Dates() {
    }

    /** The date typed, or null for blank; a text that is no date throws, saying what was typed and what to type. */
    public static LocalDate parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATED.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.date_noSuchDay, t), e);
            }
        }
        throw new IllegalArgumentException(NLS.bind(Messages.date_unreadable, t));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
