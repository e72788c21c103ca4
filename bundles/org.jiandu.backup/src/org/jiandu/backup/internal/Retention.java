package org.jiandu.backup.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jiandu.backup.BackupInfo;

/**
 * Which automatic backups to remove: of the daily ones, the newest of each of the last {@code daily} days that have
 * one and the newest of each of the last {@code weekly} ISO weeks are kept; of those before an update, the newest
 * {@code beforeUpdate}. A backup made by hand is never removed automatically: it is the administrator's.
 *
 * @param daily        days kept ({@code backup.keep.daily}, 7)
 * @param weekly       weeks kept ({@code backup.keep.weekly}, 4)
 * @param beforeUpdate backups before an update kept ({@code backup.keep.before-update}, 3)
 */
record Retention(int daily, int weekly, int beforeUpdate) {

    static final Retention DEFAULT = new Retention(7, 4, 3);

    /** The backups to remove, from a list in any order. */
    List<BackupInfo> toRemove(List<BackupInfo> all, ZoneId zone) {
        List<BackupInfo> newestFirst = new ArrayList<>(all);
        newestFirst.sort(Comparator.comparing(BackupInfo::created).reversed());
        Set<BackupInfo> keep = new HashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<Long> weeks = new LinkedHashSet<>();
        int before = 0;
        for (BackupInfo b : newestFirst) {
            if (BackupInfo.BEFORE_UPDATE.equals(b.kind())) {
                if (before++ < beforeUpdate) {
                    keep.add(b);
                }
            } else if (BackupInfo.DAILY.equals(b.kind())) {
                LocalDate day = b.created().atZone(zone).toLocalDate();
                long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (!days.contains(day) && days.size() < daily) {
                    days.add(day);
                    keep.add(b);
                }
                if (!weeks.contains(week) && weeks.size() < weekly) {
                    weeks.add(week);
                    keep.add(b);
                }
            } else {
                keep.add(b); // made by hand, or of a kind this version does not know
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }
}
