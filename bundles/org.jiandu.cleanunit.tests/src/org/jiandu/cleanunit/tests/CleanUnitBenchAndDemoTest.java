package org.jiandu.cleanunit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.jiandu.cleanunit.CleanUnitBenchmark;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings 1 and 10 (issue 14) for clean units: the benchmark refuses before writing, the demo data is marked. */
class CleanUnitBenchAndDemoTest {

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
    void theBenchmarkRefusesBeforeWritingOnAnInstallationsData() throws Exception {
        Subject admin = env.login("admin");
        CleanUnitService cu = env.await(CleanUnitService.class);
        int before = cu.creations(admin, new CreationFilter(null, null, null, null, Integer.MAX_VALUE)).size();
        for (String user : List.of("viewer", "county", "admin")) {
            Subject s = env.login(user);
            assertThrows(AccessDeniedException.class, () -> env.await(CleanUnitBenchmark.class).run(s, 600, 1, 1, m -> {
            }), user);
            assertEquals(before, cu.creations(admin, new CreationFilter(null, null, null, null, Integer.MAX_VALUE)).size(),
                    "no creation added by " + user);
        }
    }

    @Test
    void theDemoDataIsMarkedLoadedInItsTransaction() throws Exception {
        Subject admin = env.login("admin");
        assertEquals(1, env.await(AuditLog.class).list(admin, new AuditLog.Filter("system", AuditLog.CHANGE,
                ModuleDemoData.TARGET_PREFIX + "cleanunit", null, null), 5).size(), "one marker entry");
        assertFalse(env.await(CleanUnitService.class).creations(admin,
                new CreationFilter(null, null, null, null, Integer.MAX_VALUE)).isEmpty());
    }
}
