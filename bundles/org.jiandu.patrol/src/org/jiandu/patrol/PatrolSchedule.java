package org.jiandu.patrol;

import java.util.List;

import org.jiandu.patrol.planning.Round;

/**
 * The term's rounds and the planned inspections of the targets in the reader's scope: a township sees its own
 * township and villages, the county everything. Empty rounds when the county has not yet set up the term.
 */
public record PatrolSchedule(String term, List<Round> rounds, List<ScheduleEntry> entries) {

    /** Whether the county has set up the term at all. */
    public boolean exists() {
        return !rounds.isEmpty();
    }
}
