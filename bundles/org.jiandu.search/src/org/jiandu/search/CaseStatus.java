package org.jiandu.search;

import java.util.Locale;
import java.util.Optional;

/** Where a case (案件) stands. */
public enum CaseStatus {
    /** 初核 */
    PRELIMINARY("初核"),
    /** 立案 */
    FILED("立案"),
    /** 审理 */
    TRIAL("审理"),
    /** 结案 */
    CLOSED("结案");

    private final String chinese;

    CaseStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Reads the Chinese word or the name in any case. */
    public static Optional<CaseStatus> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (CaseStatus s : values()) {
            if (s.chinese.equals(t) || s.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
