package org.jiandu.patrol;

/** Stage of a rectification item (整改): assigned to its owner, in progress, closed after review. */
public enum RectificationStage {
    ASSIGNED("已交办"), IN_PROGRESS("整改中"), CLOSED("已销号");

    private final String chinese;

    RectificationStage(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
