package org.jiandu.cleanunit;

/**
 * Where a creation (创建) stands: declared → in progress → self-assessed → reviewed → on-site verified → public
 * notice → published, or rejected (and appealed); a published unit is monitored every year and can be put under
 * review by a negative event and revoked.
 */
public enum CreationStatus {
    DECLARED("已申报", "declared"), IN_PROGRESS("创建中", "in progress"), SELF_ASSESSED("已自评", "self-assessed"),
    REVIEWED("已审核", "reviewed"), VERIFIED("已实地核查", "verified on site"), NOTICE("公示中", "in public notice"),
    PUBLISHED("已命名", "published"), UNDER_REVIEW("复核中", "under review"), REJECTED("未通过", "rejected"),
    APPEALED("申诉中", "appealed"), REVOKED("已撤销", "revoked");

    private final String chinese, english;

    CreationStatus(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    /** In the default locale's language (Chinese in a Chinese locale, else English). */
    public String label() {
        return CleanUnitKind.chineseLocale() ? chinese : english;
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
