package org.jiandu.training;

/**
 * Where a cadre stands against one requirement on a given date. Kept apart on purpose: "due soon" is not yet late,
 * "overdue" is late and never done, "expired" had progress that no longer counts (theory too long ago).
 */
public enum RequirementStatus {
    NOT_STARTED("未开始"), IN_PROGRESS("进行中"), DONE("已完成"), DUE_SOON("即将到期"), OVERDUE("已逾期"), EXPIRED("已失效");

    private final String chinese;

    RequirementStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Statuses that need someone to act. */
    public boolean needsAction() {
        return this == DUE_SOON || this == OVERDUE || this == EXPIRED;
    }
}
