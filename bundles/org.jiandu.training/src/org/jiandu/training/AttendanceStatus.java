package org.jiandu.training;

import java.util.Locale;
import java.util.Optional;

/** Where one cadre stands in one session: enrolled, then attended, completed (结业), absent or failed. */
public enum AttendanceStatus {
    ENROLLED("已报名"), ATTENDED("已参加"), COMPLETED("已结业"), ABSENT("缺席"), FAILED("未通过");

    private final String chinese;

    AttendanceStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<AttendanceStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (AttendanceStatus s : values()) {
            if (s.name().equals(t.toUpperCase(Locale.ROOT)) || s.chinese.equals(t)) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "结业", "合格", "完成" -> Optional.of(COMPLETED);
            case "出勤", "参加" -> Optional.of(ATTENDED);
            case "未参加", "缺勤" -> Optional.of(ABSENT);
            case "不合格" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
