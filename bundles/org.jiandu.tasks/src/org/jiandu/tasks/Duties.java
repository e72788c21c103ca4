package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Main-responsibility tracking as a pure function (柞水: responsibility lists pushed to units and leading cadres,
 * warnings for what is missing, a yearly analysis): which periods of a year ended without the records an item needs,
 * as of a day. Records dated after the day are not yet known.
 */
public final class Duties {

    private Duties() {
    }

    /**
     * @param records the days a duty was recorded as done, by item code
     */
    public static List<DutyStanding> of(List<DutyItem> items, Map<String, List<LocalDate>> records, int year,
            LocalDate day) {
        List<DutyStanding> out = new ArrayList<>(items.size());
        for (DutyItem item : items) {
            List<LocalDate> done = records.getOrDefault(item.code(), List.of()).stream()
                    .filter(d -> d.getYear() == year && !d.isAfter(day)).toList();
            List<LocalDate> missed = new ArrayList<>();
            int fulfilled = 0;
            int ended = 0;
            int current = 0;
            Cadence c = item.cadence();
            for (LocalDate start = LocalDate.of(year, 1, 1); start.getYear() == year && !start.isAfter(day);
                    start = c.next(start)) {
                LocalDate end = c.periodEnd(start);
                LocalDate from = start;
                long count = done.stream().filter(d -> !d.isBefore(from) && !d.isAfter(end)).count();
                if (end.isBefore(day)) {
                    ended++;
                    if (count >= item.times()) {
                        fulfilled++;
                    } else {
                        missed.add(start);
                    }
                } else {
                    current = (int) count;
                }
            }
            out.add(new DutyStanding(item, List.copyOf(missed), current, fulfilled, ended));
        }
        return out;
    }
}
