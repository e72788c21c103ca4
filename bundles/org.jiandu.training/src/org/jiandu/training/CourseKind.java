package org.jiandu.training;

import java.util.Locale;
import java.util.Optional;

/** Kinds of training the report asks for (glossary: 岗前培训, 全员培训, 专题/新法规培训). */
public enum CourseKind {
    PRE_JOB("岗前培训"), POST_ELECTION("换届后履职能力基础培训"), ALL_STAFF("全员培训"), TOPICAL("专题培训"),
    NEW_REGULATION("新法规培训"), VILLAGE_DIRECTOR("村(居)务监督委员会主任培训");

    private final String chinese;

    CourseKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** From the enum name (any case, '-' for '_') or the Chinese name, as spreadsheets and the CLI write it. */
    public static Optional<CourseKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (CourseKind k : values()) {
            if (k.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_')) || k.chinese.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
