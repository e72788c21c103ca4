package org.jiandu.patrol;

import java.util.Locale;
import java.util.Optional;

/** How a target is patrol-inspected (glossary: PatrolMode). */
public enum PatrolMode {
    TOWNSHIP_WITH_VILLAGES("巡镇带村"), DIRECT("直接巡"), ELEVATED("提级巡"), CROSS("交叉巡"), THEMATIC("专项巡"), AD_HOC("机动巡");

    private final String chinese;

    PatrolMode(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<PatrolMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (PatrolMode m : values()) {
            if (m.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_')) || m.chinese.equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
