package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.Cadence;
import org.jiandu.tasks.DutyRow;
import org.jiandu.tasks.ResponsibilityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main-responsibility tracking on a real database: the demo's units and 400-odd leaders, records, warnings, scope. */
class ResponsibilityTest {

    @TempDir
    Path tmp;

    TasksDemoInstallation demo;
    ResponsibilityService duties;

    @BeforeEach
    void start() throws Exception {
        demo = new TasksDemoInstallation(getClass(), tmp.resolve("data"), null);
        duties = demo.env.await(ResponsibilityService.class);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void everyUnitAndLeaderHasItsYearWithWarningsForPeriodsEndedShort() {
        int year = demo.today.getYear();
        assertEquals(8, duties.items(demo.county, "danfeng", year).size(), "four items for units, four for leaders");
        List<DutyRow> rows = duties.standing(demo.county, "danfeng", year, demo.today);
        long units = rows.stream().filter(r -> r.kind() != BodyKind.LEADER).count();
        long leaders = rows.stream().filter(r -> r.kind() == BodyKind.LEADER).count();
        assertEquals(units * 7, leaders, "seven leading cadres per unit and township");
        assertTrue(units >= 60, "Danfeng's county units and townships: " + units);
        assertTrue(rows.stream().anyMatch(r -> !r.missing().isEmpty()), "some periods ended short");
        assertTrue(rows.stream().anyMatch(r -> r.rate() == 100 && r.ended() > 0), "others kept every item");
        assertEquals(1, rows.get(0).place());
        assertTrue(rows.stream().filter(r -> r.kind() == BodyKind.LEADER).allMatch(r -> r.unitName() != null), "a leader's unit named");
    }

    @Test
    void aRecordFillsTheCurrentPeriodAndScopeAndRolesHold() throws Exception {
        int year = demo.today.getYear();
        duties.addItem(demo.county, "danfeng", year, "U9", "每月廉政提醒", false, Cadence.MONTHLY, 1);
        assertThrows(IllegalArgumentException.class, () -> duties.addItem(demo.county, "danfeng", year, "U9", "重复", false,
                Cadence.MONTHLY, 1), "a code once a year");
        Subject township = demo.env.login("township");
        assertThrows(AccessDeniedException.class, () -> duties.addItem(township, "danfeng", year, "U10", "x", false, Cadence.MONTHLY, 1));
        LocalDate firstOfMonth = demo.today.withDayOfMonth(1);
        DutyRow before = row(township, "danfeng-t01", firstOfMonth.plusMonths(1).minusDays(0));
        assertThrows(IllegalArgumentException.class, () -> duties.record(township, "danfeng", "danfeng-t01", "U4", demo.today.minusDays(1),
                "补记以前的述责述廉", null), "a body does not backdate its records into a period that ended short");
        duties.record(township, "danfeng", "danfeng-t01", "U9", demo.today, "本月廉政提醒已发送", null);
        assertThrows(IllegalArgumentException.class, () -> duties.record(township, "danfeng", "danfeng-t02", "U9", demo.today, "替别的镇记",
                null), "another township's body is not there for it");
        assertThrows(IllegalArgumentException.class, () -> duties.record(township, "danfeng", "danfeng-t01", "L1", demo.today, "单位记领导事项",
                null), "a leader's item is not the unit's");
        assertThrows(IllegalArgumentException.class, () -> duties.record(township, "danfeng", "danfeng-t01", "U9", demo.today.plusDays(1),
                "明天的事", null));
        DutyRow after = row(township, "danfeng-t01", firstOfMonth.plusMonths(1));
        assertEquals(before.records() + 1, after.records());
        assertTrue(after.missing().stream().noneMatch(m -> m.itemCode().equals("U9") && m.periodStart().equals(firstOfMonth)),
                "this month's reminder is recorded");
        assertTrue(duties.standing(township, "danfeng", year, demo.today).stream().allMatch(r -> r.bodyCode().startsWith("danfeng-t01")),
                "a township sees its own committee and its leaders");
        assertThrows(AccessDeniedException.class, () -> duties.standing(demo.env.login("trainer"), "danfeng", year, demo.today));
    }

    private DutyRow row(Subject s, String body, LocalDate asOf) {
        return duties.standing(s, "danfeng", asOf.getYear() == demo.today.getYear() ? asOf.getYear() : demo.today.getYear(), asOf)
                .stream().filter(r -> r.bodyCode().equals(body)).findFirst().orElseThrow();
    }
}
