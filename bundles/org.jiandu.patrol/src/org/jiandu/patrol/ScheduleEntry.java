package org.jiandu.patrol;

import java.time.LocalDate;

/**
 * One target's place in the term's plan, as a township reads it: when (round and dates), by which team (its name only:
 * members and their relatives stay with the planners) and how it is inspected.
 */
public record ScheduleEntry(int round, LocalDate start, LocalDate end, boolean completed, String teamName, String targetCode,
        String targetName, TargetKind kind, PatrolMode mode) {
}
