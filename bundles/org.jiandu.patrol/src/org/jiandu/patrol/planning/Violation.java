package org.jiandu.patrol.planning;

/** A broken hard constraint, named, with the target, team and round it concerns (any may be null). */
public record Violation(String constraint, String target, String team, Integer round, String message) {

    public static final String COVERAGE = "coverage", TWICE = "covered-twice", CAPACITY = "capacity", ROUND_CAPACITY = "round-capacity",
            RECUSAL = "recusal",
            WITH_TOWNSHIP = "village-with-township", CROSS_ZONE = "cross-zone", KEY_VILLAGE = "key-village-mode",
            COMPLETED = "completed-round", UNKNOWN = "unknown";
}
