package org.jiandu.training;

import java.util.Locale;
import java.util.Optional;

/** Posts of the practical rotation (实践锻炼) that follows pre-job theory training. */
public enum RotationPost {
    PETITIONS("信访"), CASE_MANAGEMENT("案管"), SUPERVISION("监督检查"), INVESTIGATION("审查调查");

    private final String chinese;

    RotationPost(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<RotationPost> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (RotationPost p : values()) {
            if (p.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_')) || p.chinese.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
