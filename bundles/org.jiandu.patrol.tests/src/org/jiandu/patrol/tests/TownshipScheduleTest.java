package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolSchedule;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.ScheduleEntry;
import org.jiandu.patrol.TargetKind;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A township reads its own patrol schedule: the county's rounds and the plan's entries for its township and villages
 * only, with team names and no members; the service decides the scope, whatever county code the caller passes.
 */
class TownshipScheduleTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private PatrolService patrol;
    private String term;

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        patrol = env.await(PatrolService.class);
        term = PatrolService.termContaining(LocalDate.now().getYear());
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void aTownshipSeesTheRoundsAndItsOwnEntriesOnly() throws Exception {
        Subject township = env.login("township");
        PatrolSchedule own = patrol.schedule(township, "danfeng", term);
        PatrolSchedule all = patrol.schedule(env.login("county"), "danfeng", term);

        assertTrue(own.exists(), "the county's term is there for the township too");
        assertEquals(all.rounds(), own.rounds(), "every round of the term");
        assertFalse(own.entries().isEmpty(), "the township is planned in the demo term");
        String scope = township.scopeCode();
        assertTrue(own.entries().stream().allMatch(e -> e.targetCode().equals(scope) || e.targetCode().startsWith(scope + "-")),
                own.entries().toString());
        assertTrue(own.entries().stream().anyMatch(e -> e.kind() == TargetKind.TOWNSHIP), "its own township's inspection");
        assertTrue(own.entries().stream().noneMatch(e -> e.teamName() == null || e.teamName().startsWith("danfeng")),
                "teams by name");
        assertTrue(all.entries().size() > own.entries().size() * 5, all.entries().size() + " vs " + own.entries().size());
        List<ScheduleEntry> countysView = all.entries().stream().filter(e -> e.targetCode().startsWith(scope)).toList();
        assertEquals(countysView.size(), own.entries().size(), "the same entries the county sees for that township");
    }

    @Test
    void thePlanWithTeamMembersStaysWithThePlannersAndOtherRolesReadNoSchedule() throws Exception {
        Subject township = env.login("township");
        assertThrows(AccessDeniedException.class, () -> patrol.problem(township, "danfeng", term), "members and relatives");
        for (String user : List.of("trainer", "viewer")) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> patrol.schedule(env.login(user), "danfeng", term));
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    @Test
    void aTermNotYetSetUpIsAnEmptySchedule() throws Exception {
        PatrolSchedule none = patrol.schedule(env.login("township"), "danfeng", "2041-2045");
        assertFalse(none.exists());
        assertTrue(none.entries().isEmpty());
    }
}
