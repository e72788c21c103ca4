package org.jiandu.training.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.testing.DemoInstallation;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on PostgreSQL, in a fresh schema of the server named by {@code JIANDU_TEST_PG_URL} (or
 * {@code jiandu.test.pg.url}); skipped without one unless {@code JIANDU_TEST_PG_REQUIRED=true}.
 */
class TrainingPostgresTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private TrainingService training;

    static String pgUrl() {
        String url = System.getProperty("jiandu.test.pg.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("JIANDU_TEST_PG_URL", "");
        }
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    /** A new schema on the test server, for one test. */
    static DatabaseConfig freshSchema() throws Exception {
        String base = pgUrl();
        if (base == null && (Boolean.getBoolean("jiandu.test.pg.required") || "true".equals(System.getenv("JIANDU_TEST_PG_REQUIRED")))) {
            throw new AssertionError("PostgreSQL tests are required but JIANDU_TEST_PG_URL is not set");
        }
        assumeTrue(base != null, "no PostgreSQL server for tests (JIANDU_TEST_PG_URL)");
        String schema = "jt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = new org.postgresql.Driver().connect(base, new Properties()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new DatabaseConfig(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"), freshSchema());
        training = env.await(TrainingService.class);
    }

    @AfterEach
    void tearDown() {
        if (env != null) {
            env.close();
        }
    }

    /** Finding 5: the session list of a user who is not a trainer failed on PostgreSQL ("invalid byte sequence 0x00"). */
    @Test
    void theSessionListWorksForEveryRoleOnPostgres() throws Exception {
        for (String user : List.of("admin", "county", "township", "trainer", "viewer")) {
            Subject s = env.login(user);
            List<SessionView> sessions = training.sessions(s, null, null, null);
            assertFalse(sessions == null, user);
            if (!user.equals("township")) {
                assertTrue(!sessions.isEmpty(), user + " sees the county's demo sessions");
            }
        }
    }
}
