package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.Progress;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.search.SearchBenchmark;
import org.jiandu.search.SearchService;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The search benchmarks in a data directory of their own (state BENCHMARK), as {@code jiandu bench} makes one. */
class BenchmarkTest {

    @TempDir
    Path tmp;

    private DataDirectory dir;
    private ServiceRegistration<DataDirectory> registration;

    private <T> T await(Class<T> type) {
        T s = ServiceLookup.await(getClass(), type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return s;
    }

    @BeforeEach
    void setUp() {
        dir = DataDirectory.open(tmp.resolve("data"));
        await(DatabaseManager.class).open(dir.defaultDatabase());
        CountyProfile danfeng = CountyProfile.require("danfeng");
        await(DemoDataService.class).load(List.of(danfeng), danfeng, DemoInstallation.ADMIN_PASSWORD.toCharArray(), true);
        registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(DataDirectory.class, dir, null);
    }

    @AfterEach
    void tearDown() {
        registration.unregister();
        await(DatabaseManager.class).close();
        dir.close();
    }

    @Test
    void queryBenchmarkOverOnlyShortTextsStopsWithAClearError() throws Exception {
        Subject admin = await(UserService.class).authenticate("admin", DemoInstallation.ADMIN_PASSWORD.toCharArray());
        Fixtures.text(tmp.resolve("short/a.txt"), "短文一", StandardCharsets.UTF_8);
        Fixtures.text(tmp.resolve("short/b.txt"), "短文 二 three", StandardCharsets.UTF_8);
        await(SearchService.class).index(admin, List.of(tmp.resolve("short")), null, null, Progress.NONE);
        IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                IllegalStateException.class, () -> await(SearchBenchmark.class).queries(admin, 5, m -> { })));
        assertTrue(e.getMessage().contains("Han"), e.getMessage());
    }

    @Test
    void queryBenchmarkOnANewDirectoryWithoutAnIndexSaysSo() throws Exception {
        Subject admin = await(UserService.class).authenticate("admin", DemoInstallation.ADMIN_PASSWORD.toCharArray());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> await(SearchBenchmark.class).queries(admin, 5, m -> { }));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
