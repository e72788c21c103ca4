package org.jiandu.core.model;

import java.util.Locale;
import java.util.Optional;

/** 四种形态: the four forms of discipline, from a talk to criminal referral. */
public enum DisciplineForm {
    /** 第一种形态: criticism, talk, letter inquiry */
    FIRST,
    /** 第二种形态: light sanction or organisational adjustment */
    SECOND,
    /** 第三种形态: heavy sanction or major post change */
    THIRD,
    /** 第四种形态: serious violation, suspected crime */
    FOURTH;

    private static final String[] HAN = { "一", "二", "三", "四" };

    /** 1 … 4, as investigators write it in queries and spreadsheets. */
    public int number() {
        return ordinal() + 1;
    }

    /** e.g. 第一种形态 */
    public String chinese() {
        return "第" + HAN[ordinal()] + "种形态";
    }

    /** Reads "1", "一", "第一种形态", "第1种", "FIRST" (any case); empty when the text names no form. */
    public static Optional<DisciplineForm> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2); // a number cell of a spreadsheet
        }
        for (DisciplineForm f : values()) {
            String n = String.valueOf(f.number()), h = HAN[f.ordinal()];
            if (t.equals(f.name()) || t.equals(n) || t.equals(h) || t.equals(f.chinese()) || t.equals("第" + n + "种形态")
                    || t.equals("第" + h + "种") || t.equals("第" + n + "种")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
