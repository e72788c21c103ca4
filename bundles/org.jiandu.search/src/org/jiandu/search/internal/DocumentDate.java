package org.jiandu.search.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiandu.search.extract.TextUnit;

/**
 * The date of a document for the {@code year:} facet and "newest first": the date written in it before the file's
 * modification time, which a copy, a backup restore or a move to a new computer sets to the day of the copy (a 2024
 * report copied in 2026 would otherwise be filed under 2026). An official document ends with its date (落款), so the
 * latest date in its text is taken; dates after the file was last written are deadlines or typos and are skipped.
 */
final class DocumentDate {

    /** Characters read from the start of a long document; its date is near the end, so as many from the end. */
    private static final int SCAN = 64 << 10;
    private static final int EARLIEST_YEAR = 1949;
    private static final String DIGIT = "[0-9\uFF10-\uFF19]";
    private static final Pattern ARABIC = Pattern.compile("(?<![0-9\uFF10-\uFF19])(" + DIGIT + "{4})\\s*(?:年\\s*("
            + DIGIT + "{1,2})\\s*月\\s*(" + DIGIT + "{1,2})\\s*日|[-/.](" + DIGIT + "{1,2})[-/.](" + DIGIT
            + "{1,2})(?![0-9\uFF10-\uFF19]))");
    private static final String CN = "〇○零一二三四五六七八九";
    private static final Pattern CHINESE = Pattern.compile("([" + CN + "]{4})年([十" + CN + "]{1,3})月([十" + CN
            + "]{1,3})日");

    private DocumentDate() {
    }

    /** Epoch milliseconds: the latest date in the units' text not after {@code mtime}, else {@code mtime}. */
    static long of(List<TextUnit> units, long mtime) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate limit = Instant.ofEpochMilli(mtime).atZone(zone).toLocalDate();
        LocalDate best = null;
        for (String part : parts(units)) {
            best = latest(ARABIC.matcher(part), limit, best, false);
            best = latest(CHINESE.matcher(part), limit, best, true);
        }
        return best == null ? mtime : best.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static List<String> parts(List<TextUnit> units) {
        StringBuilder all = new StringBuilder();
        for (TextUnit u : units) {
            all.append(u.text()).append('\n');
            if (all.length() > 4 * SCAN) {
                break;
            }
        }
        String t = all.toString();
        return t.length() <= 2 * SCAN ? List.of(t) : List.of(t.substring(0, SCAN), t.substring(t.length() - SCAN));
    }

    private static LocalDate latest(Matcher m, LocalDate limit, LocalDate best, boolean chinese) {
        LocalDate b = best;
        while (m.find()) {
            int y = chinese ? chineseYear(m.group(1)) : number(m.group(1));
            String month = m.group(2) != null ? m.group(2) : m.group(4);
            String day = m.group(3) != null ? m.group(3) : m.group(5);
            LocalDate d = date(y, chinese ? chineseNumber(month) : number(month), chinese ? chineseNumber(day) : number(day));
            if (d != null && !d.isAfter(limit) && d.getYear() >= EARLIEST_YEAR && (b == null || d.isAfter(b))) {
                b = d;
            }
        }
        return b;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null; // 2024年13月 is no date: the text's next date may be
        }
    }

    private static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + Character.digit(digits.charAt(i), 10);
        }
        return n;
    }

    /** 二〇二四 → 2024: one digit per character. */
    private static int chineseYear(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n = n * 10 + digit(s.charAt(i));
        }
        return n;
    }

    /** 三 → 3, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31; -1 when not a number. */
    private static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return ten > 1 || s.length() - ten > 2 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        int i = CN.indexOf(c);
        return i <= 2 ? 0 : i - 2;
    }
}
