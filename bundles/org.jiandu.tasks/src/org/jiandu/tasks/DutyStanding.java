package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * How one responsibility item stands in a year on a day (履责纪实).
 *
 * @param item     the item
 * @param missed   the first days of the year's periods that ended short of records: each a warning
 * @param current  records in the period holding the day, which is not over yet
 * @param fulfilled periods of the year ended with enough records
 * @param ended    periods of the year ended by the day
 */
public record DutyStanding(DutyItem item, List<LocalDate> missed, int current, int fulfilled, int ended) {

    /** Whether the item raises a warning: a period ended short. */
    public boolean warns() {
        return !missed.isEmpty();
    }
}
