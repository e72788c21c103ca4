package org.jiandu.tasks.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.jiandu.persistence.DatabaseConfig;

/**
 * {@link MonthTest} on PostgreSQL, in a fresh schema of the server named by {@code JIANDU_TEST_PG_URL} (or
 * {@code jiandu.test.pg.url}); skipped without one unless {@code JIANDU_TEST_PG_REQUIRED=true}.
 */
class MonthPostgresTest extends MonthTest {

    @Override
    DatabaseConfig database() throws Exception {
        String base = System.getProperty("jiandu.test.pg.url", "");
        if (base.isBlank() || base.startsWith("${")) {
            base = System.getenv().getOrDefault("JIANDU_TEST_PG_URL", "");
        }
        boolean required = Boolean.getBoolean("jiandu.test.pg.required") || "true".equals(System.getenv("JIANDU_TEST_PG_REQUIRED"));
        if (!base.startsWith("jdbc:postgresql:")) {
            if (required) {
                throw new AssertionError("PostgreSQL tests are required but JIANDU_TEST_PG_URL is not set");
            }
            assumeTrue(false, "no PostgreSQL server for tests (JIANDU_TEST_PG_URL)");
        }
        String schema = "jt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = new org.postgresql.Driver().connect(base, new Properties()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new DatabaseConfig(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }
}
