package org.jiandu.tasks;

import java.util.Locale;

/** 共性 or 个性: a task every body of the list does, or one for particular bodies. */
public enum TaskKind {
    COMMON, SPECIFIC;

    /** From common/specific or 共性/个性; null for anything else. */
    public static TaskKind parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "common", "共性" -> COMMON;
            case "specific", "个性" -> SPECIFIC;
            default -> null;
        };
    }
}
