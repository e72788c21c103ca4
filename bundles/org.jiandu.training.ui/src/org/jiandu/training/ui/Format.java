package org.jiandu.training.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dates, hours and scores as the training tables write them (empty when absent), and the years to choose from. */
final class Format {

    private Format() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** A whole number without decimals, otherwise as it is. */
    static String num(Number n) {
        if (n == null) {
            return "";
        }
        double v = n.doubleValue();
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** This year and the five before it, newest first. */
    static List<String> years() {
        int y = LocalDate.now().getYear();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(String.valueOf(y - i));
        }
        return out;
    }
}
