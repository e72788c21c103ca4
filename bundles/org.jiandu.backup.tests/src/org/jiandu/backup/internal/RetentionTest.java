package org.jiandu.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.backup.BackupInfo;
import org.junit.jupiter.api.Test;

/** Which automatic backups the retention rule removes: 7 days, 4 weeks, 3 before updates; manual ones never. */
class RetentionTest {

    private static BackupInfo at(String day, int hour, String kind) {
        Instant t = LocalDate.parse(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
        String name = day + "-" + hour + "-" + kind;
        return new BackupInfo(name, Path.of(name), kind, t, 1, 1, "1", "danfeng", "H2", List.of(),
                BackupInfo.State.COMPLETE, null);
    }

    @Test
    void keepsSevenDaysFourWeeksAndWhatWasMadeByHand() {
        List<BackupInfo> all = new ArrayList<>();
        LocalDate last = LocalDate.parse("2026-03-31"); // a Tuesday
        for (int i = 0; i < 60; i++) {
            all.add(at(last.minusDays(i).toString(), 9, BackupInfo.DAILY));
        }
        all.add(at("2026-03-31", 8, BackupInfo.DAILY)); // an earlier one the same day
        all.add(at("2026-01-01", 12, BackupInfo.MANUAL));
        for (int i = 0; i < 5; i++) {
            all.add(at("2026-02-0" + (i + 1), 7, BackupInfo.BEFORE_UPDATE));
        }
        List<String> removed = Retention.DEFAULT.toRemove(all, ZoneOffset.UTC).stream().map(BackupInfo::name).toList();
        List<String> kept = all.stream().map(BackupInfo::name).filter(n -> !removed.contains(n)).sorted().toList();
        assertEquals(List.of(
                "2026-01-01-12-manual",
                "2026-02-03-7-before-update", "2026-02-04-7-before-update", "2026-02-05-7-before-update",
                // four weeks: this one (03-31), 03-29 (a daily one too), and the Sundays 03-22 and 03-15
                "2026-03-15-9-daily", "2026-03-22-9-daily",
                "2026-03-25-9-daily", "2026-03-26-9-daily", "2026-03-27-9-daily", "2026-03-28-9-daily",
                "2026-03-29-9-daily", "2026-03-30-9-daily", "2026-03-31-9-daily"), kept);
    }
}
