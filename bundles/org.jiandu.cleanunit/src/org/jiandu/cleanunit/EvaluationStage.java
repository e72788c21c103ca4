package org.jiandu.cleanunit;

/** Who scores a unit and when: the unit itself (自评), the county on site (实地核查), or the yearly monitoring (年度复评). */
public enum EvaluationStage {
    SELF("自评"), ON_SITE("实地核查"), MONITORING("年度复评");

    private final String chinese;

    EvaluationStage(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
