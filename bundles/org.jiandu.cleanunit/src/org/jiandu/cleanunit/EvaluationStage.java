package org.jiandu.cleanunit;

import org.jiandu.core.security.Role;

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

    /** The status a creation must have to be scored at this stage. */
    public CreationStatus requiredStatus() {
        return switch (this) {
            case SELF -> CreationStatus.IN_PROGRESS;
            case ON_SITE -> CreationStatus.REVIEWED;
            case MONITORING -> CreationStatus.PUBLISHED;
        };
    }

    /** The one stage a creation in {@code status} is scored at now, or null when it is not scored in that status. */
    public static EvaluationStage forStatus(CreationStatus status) {
        for (EvaluationStage s : values()) {
            if (s.requiredStatus() == status) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether a role scores at this stage: the unit's side (the county or the guiding township commission) assesses
     * itself; only the county scores on site and monitors. The service asks the same.
     */
    public boolean scoredBy(Role role) {
        return this == SELF ? role.actsForCounty() || role == Role.TOWNSHIP_COMMISSION : role.actsForCounty();
    }

    /** In the default locale's language. */
    public String label() {
        return CleanUnitKind.chineseLocale() ? chinese : english;
    }
}
