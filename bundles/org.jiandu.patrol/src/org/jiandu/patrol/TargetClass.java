package org.jiandu.patrol;

/** Priority class of a patrol target: 重点 (A), 关注 (B), 一般 (C). */
public enum TargetClass {
    KEY("重点"), WATCH("关注"), NORMAL("一般");

    private final String chinese;

    TargetClass(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
