package org.jiandu.cleanunit;

import java.util.Locale;
import java.util.Optional;

import org.jiandu.core.model.UnitKind;

/** The six kinds of clean units (六大清廉单元) the source report asks every county to create. */
public enum CleanUnitKind {
    /** 清廉机关: a county-level department */
    AGENCY("清廉机关", "agency"),
    /** 清廉企业 */
    ENTERPRISE("清廉企业", "enterprise"),
    /** 清廉学校 */
    SCHOOL("清廉学校", "school"),
    /** 清廉医院 */
    HOSPITAL("清廉医院", "hospital"),
    /** 清廉村居: a village or community */
    VILLAGE("清廉村居", "village"),
    /** 清廉家庭: a cadre's family */
    FAMILY("清廉家庭", "family");

    private final String chinese, english;

    CleanUnitKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    /** In the default locale's language. */
    public String label() {
        return label(Locale.getDefault());
    }

    /** 村居 for 清廉村居 (tables with little room), or the English word. */
    public String shortLabel() {
        return chineseLocale() ? chinese.substring(2) : english;
    }

    /** The kind a county-level unit of the jurisdiction declares (a department is an agency). */
    public static CleanUnitKind of(UnitKind unit) {
        return switch (unit) {
            case DEPARTMENT -> AGENCY;
            case ENTERPRISE -> ENTERPRISE;
            case SCHOOL -> SCHOOL;
            case HOSPITAL -> HOSPITAL;
        };
    }

    static boolean chineseLocale() {
        return "zh".equals(Locale.getDefault().getLanguage());
    }

    /** Reads the name, the English word or the Chinese one (清廉村居 or 村居). */
    public static Optional<CleanUnitKind> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (CleanUnitKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.english.equalsIgnoreCase(t) || k.chinese.equals(t)
                    || k.chinese.substring(2).equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
