package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's or a leader's year of main responsibility on a day (the yearly analysis and evaluation): the periods its
 * items needed records for, how many were fulfilled, and each one that ended short (a warning).
 *
 * @param unitName for a leader, the unit it leads in; else null
 * @param ended    periods of its items ended by the day
 * @param fulfilled those with enough records
 * @param rate     fulfilled as a share of ended, 0..100 (100 while none ended)
 * @param place    the place among bodies of the same kind (units, leaders) by rate; equal rates share a place
 * @param missing  each item and period that ended short
 */
public record DutyRow(String bodyCode, String bodyName, BodyKind kind, String unitName, int records, int ended, int fulfilled, int rate,
        int place, List<Missing> missing) {

    /** An item whose period ended short of records. */
    public record Missing(String itemCode, String itemTitle, LocalDate periodStart) {
    }
}
