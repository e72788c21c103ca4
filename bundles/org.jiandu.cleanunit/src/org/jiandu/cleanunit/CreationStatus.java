package org.jiandu.cleanunit;

/**
 * Where a creation (创建) stands: declared → in progress → self-assessed → reviewed → on-site verified → public
 * notice → published, or rejected (and appealed); a published unit is monitored every year and can be put under
 * review by a negative event and revoked.
 */
public enum CreationStatus {
    DECLARED("已申报"), IN_PROGRESS("创建中"), SELF_ASSESSED("已自评"), REVIEWED("已审核"), VERIFIED("已实地核查"),
    NOTICE("公示中"), PUBLISHED("已命名"), UNDER_REVIEW("复核中"), REJECTED("未通过"), APPEALED("申诉中"), REVOKED("已撤销");

    private final String chinese;

    CreationStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Still working towards the title. */
    public boolean inProcess() {
        return this == DECLARED || this == IN_PROGRESS || this == SELF_ASSESSED || this == REVIEWED || this == VERIFIED
                || this == NOTICE || this == APPEALED;
    }

    /** Holds the title (under review it still does until revoked or reinstated). */
    public boolean holdsTitle() {
        return this == PUBLISHED || this == UNDER_REVIEW;
    }
}
