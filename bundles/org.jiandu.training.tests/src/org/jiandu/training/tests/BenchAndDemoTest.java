package org.jiandu.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.testing.DemoInstallation;
import org.jiandu.training.TrainingBenchmark;
import org.jiandu.training.TrainingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Findings 1 and 10 (issue 14): the benchmark writes only where it may, the demo data is one marked transaction. */
class BenchAndDemoTest {

    @TempDir
    Path tmp;

    private static <T> T await(Class<T> type) {
        T s = ServiceLookup.await(BenchAndDemoTest.class, type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName());
        }
        return s;
    }

    private static int[] rows(Subject admin) {
        return new int[] { await(OrgService.class).cadres(admin, null, Integer.MAX_VALUE).size(),
                await(TrainingService.class).sessions(admin, null, null, null).size() };
    }

    /** Finding 1: on an installation's data nobody runs the benchmark, the administrator neither; nothing is written. */
    @Test
    void theBenchmarkRefusesBeforeWritingOnAnInstallationsData() throws Exception {
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("data"))) {
            Subject admin = env.login("admin");
            int[] before = rows(admin);
            for (String user : List.of("viewer", "county", "admin")) {
                Subject s = env.login(user);
                assertThrows(AccessDeniedException.class, () -> await(TrainingBenchmark.class).run(s, 20, 10, 1, 1, m -> {
                }), user);
                assertEquals(before[0], rows(admin)[0], "no cadre added by " + user);
                assertEquals(before[1], rows(admin)[1], "no session added by " + user);
            }
        }
    }

    /** Finding 1: in a benchmark's own data directory the administrator runs it; its files stay inside and go. */
    @Test
    void theBenchmarkRunsInItsOwnDataDirectoryAndLeavesNoFiles() throws Exception {
        DataDirectory dir = DataDirectory.open(tmp.resolve("bench"));
        ServiceRegistration<DataDirectory> reg = null;
        try {
            await(DatabaseManager.class).open(dir.defaultDatabase());
            CountyProfile danfeng = CountyProfile.require("danfeng");
            await(DemoDataService.class).load(List.of(danfeng), danfeng, DemoInstallation.ADMIN_PASSWORD.toCharArray(), true);
            reg = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(DataDirectory.class, dir, null);
            Subject admin = await(UserService.class).authenticate("admin", DemoInstallation.ADMIN_PASSWORD.toCharArray());
            Subject viewer = await(UserService.class).authenticate("viewer", DemoDataService.DEMO_PASSWORD.toCharArray());
            assertThrows(AccessDeniedException.class, () -> await(TrainingBenchmark.class).run(viewer, 20, 10, 1, 1, m -> {
            }));
            TrainingBenchmark.Report r = await(TrainingBenchmark.class).run(admin, 20, 10, 1, 1, m -> {
            });
            assertEquals(20, r.rows());
            Path work = dir.root().resolve("tmp");
            try (Stream<Path> left = Files.exists(work) ? Files.list(work) : Stream.empty()) {
                assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("bench-training")), "no files left");
            }
        } finally {
            if (reg != null) {
                reg.unregister();
            }
            await(DatabaseManager.class).close();
            dir.close();
        }
    }

    /** Finding 10: the training demo data commits with its marker entry, so a load cut short is resumed. */
    @Test
    void theDemoDataIsMarkedLoadedInItsTransaction() throws Exception {
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("demo"))) {
            Subject admin = env.login("admin");
            assertTrue(env.await(AuditLog.class).list(admin, new AuditLog.Filter("system", AuditLog.CHANGE,
                    ModuleDemoData.TARGET_PREFIX + "training", null, null), 5).size() == 1, "one marker entry");
            assertTrue(env.await(DemoDataService.class).resume().isEmpty(), "nothing to resume");
            assertFalse(env.await(TrainingService.class).sessions(admin, null, null, null).isEmpty());
        }
    }
}
