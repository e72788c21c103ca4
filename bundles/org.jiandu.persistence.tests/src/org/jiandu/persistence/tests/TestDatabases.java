package org.jiandu.persistence.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.jiandu.persistence.DatabaseConfig;

/**
 * The databases every integration test runs against: a fresh H2 file always, and a fresh schema in PostgreSQL
 * when {@code jiandu.test.pg.url} is set (CI sets it and also {@code jiandu.test.pg.required}, so a missing server
 * fails instead of skipping).
 */
final class TestDatabases {

    private TestDatabases() {
    }

    static String pgUrl() {
        String url = System.getProperty("jiandu.test.pg.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("JIANDU_TEST_PG_URL", "");
        }
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        kinds.add("h2");
        if (pgUrl() != null) {
            kinds.add("postgresql");
        } else if (Boolean.getBoolean("jiandu.test.pg.required")
                || "true".equals(System.getenv("JIANDU_TEST_PG_REQUIRED"))) {
            throw new AssertionError("PostgreSQL tests are required but JIANDU_TEST_PG_URL is not set");
        }
        return kinds;
    }

    static Stream<String> all() {
        return kinds().stream();
    }

    /** A database nobody has used: a new H2 file under {@code dir}, or a new schema in PostgreSQL. */
    static DatabaseConfig fresh(String kind, Path dir) throws Exception {
        if ("h2".equals(kind)) {
            return DatabaseConfig.h2(dir.resolve("db").resolve("jiandu"));
        }
        String base = pgUrl();
        String schema = "jt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = new org.postgresql.Driver().connect(base, new Properties());
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new DatabaseConfig(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    /**
     * A connection of someone who writes to the database behind the workbench's back with the schema owner's rights:
     * on PostgreSQL the audit table's insert-only trigger is switched off first, as such a writer could.
     */
    static Connection tamper(DatabaseConfig config) throws Exception {
        Connection c = connect(config);
        if (config.isPostgres()) {
            try (Statement s = c.createStatement()) {
                s.execute("alter table AUDIT_ENTRY disable trigger user");
            }
        }
        return c;
    }

    static Connection connect(DatabaseConfig config) throws Exception {
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        return config.isPostgres() ? new org.postgresql.Driver().connect(config.url(), p)
                : new org.h2.Driver().connect(config.url(), p);
    }
}
