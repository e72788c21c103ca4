package org.jiandu.cleanunit;

/** Who scores a unit and when: the unit itself (自评), the county on site (实地核查), or the yearly monitoring (年度复评). */
public enum EvaluationStage {
    SELF("自评", "self-assessment"), ON_SITE("实地核查", "on-site check"), MONITORING("年度复评", "yearly monitoring");

    private final String chinese, english;

    EvaluationStage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    /** In the default locale's language. */
    public String label() {
        return CleanUnitKind.chineseLocale() ? chinese : english;
    }
}
