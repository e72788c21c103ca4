package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolService;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patrol demo is written in one transaction with the marker entry the core resumes by: a load killed half-way leaves
 * no patrol rows and no marker, so {@code jiandu demo-data} loads it again; a complete one is never loaded twice.
 */
class DemoPatrolTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;

    @BeforeEach
    void setUp() {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void theDemoCarriesItsMarkerAndIsNotLoadedTwice() throws Exception {
        Subject admin = env.login("admin");
        List<AuditEntry> markers = env.await(AuditLog.class).list(admin,
                new AuditLog.Filter("system", AuditLog.CHANGE, ModuleDemoData.TARGET_PREFIX + "patrol", null, null), 10);
        assertEquals(1, markers.size(), "the marker entry of the patrol demo");
        assertFalse(env.await(DemoDataService.class).resume().contains("patrol"), "a complete patrol demo is not loaded again");
        PatrolService patrol = env.await(PatrolService.class);
        String term = PatrolService.termContaining(LocalDate.now().getYear());
        assertEquals(4, patrol.problem(env.login("county"), "danfeng", term).teams().size(), "the demo's four teams, once");
    }
}
