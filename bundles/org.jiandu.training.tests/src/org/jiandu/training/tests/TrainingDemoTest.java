package org.jiandu.training.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.security.Subject;
import org.jiandu.testing.DemoInstallation;
import org.jiandu.training.CourseKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the training service tests share: Danfeng's demo installation, the training service, the county commission's
 * user, sessions planned the way the county plans them, and the demo's cadres by role.
 */
abstract class TrainingDemoTest {

    @TempDir
    Path tmp;

    DemoInstallation env;
    TrainingService training;
    Subject county;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void startDemo() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        training = env.await(TrainingService.class);
        county = env.login("county");
    }

    @AfterEach
    void stopDemo() {
        env.close();
    }

    /** A two-day session at the county party school from {@code start}, taught by the demo trainer, saved by the county. */
    SessionView newSession(String code, CourseKind kind, LocalDate start, int capacity) {
        return training.saveSession(county, new SessionView(0, 0, code, null, kind, "测试课程" + code, 16, start,
                start.plusDays(1), "县委党校", "trainer", capacity, null, null, null, 0, 0));
    }

    /** The county's cadres in any of {@code roles}, in the order the service lists them. */
    List<CadreView> cadres(CadreRole... roles) {
        Set<CadreRole> wanted = Set.of(roles);
        return env.await(OrgService.class).cadres(county, null, 10_000).stream().filter(c -> wanted.contains(c.role())).toList();
    }
}
