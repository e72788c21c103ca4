package org.jiandu.training;

/** What a {@link Rule} requires. Each kind is evaluated by its own, deterministic logic. */
public enum RequirementKind {
    /** At least one all-staff training completed in each calendar year. */
    ALL_STAFF_YEARLY("年度全员培训"),
    /** At least {@code amount} hours (学时) completed in each calendar year. */
    HOURS_PER_YEAR("年度学时"),
    /** Training on each new regulation within {@code amount} days of its effective date. */
    NEW_REGULATION("新法规培训"),
    /** Basic training within {@code amount} days of the township's re-election. */
    POST_ELECTION("换届后基础培训"),
    /** Theory, then each rotation post for its minimum days with sign-off, within {@code amount} days of starting. */
    PRE_JOB_PIPELINE("岗前培训与实践锻炼"),
    /** At least one village-director training a year. */
    VILLAGE_DIRECTOR_YEARLY("村务监督主任年度培训");

    private final String chinese;

    RequirementKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
