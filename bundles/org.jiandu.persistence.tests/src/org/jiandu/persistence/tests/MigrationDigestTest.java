package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A start whose changelogs are unchanged since the database was last migrated skips Liquibase (it would recreate its
 * lock table, which it needs for every run); a changelog whose text differs from the one recorded runs Liquibase
 * again and records the new text.
 */
class MigrationDigestTest {

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUnchangedChangelogSkipsLiquibaseAndAChangedOneRunsIt(String kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, dir);
        DatabaseManager manager = Services.get(DatabaseManager.class);
        manager.open(config);
        manager.close();
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement()) {
            assertTrue(count(s, "select count(*) from JIANDU_CHANGELOG_DIGEST where CHANGELOG = 'db/changelog.yaml'") == 1,
                    "the core changelog's text is recorded");
            s.execute("drop table DATABASECHANGELOGLOCK");
        }
        manager.open(config);
        manager.close();
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement()) {
            assertFalse(hasLockTable(c), "Liquibase did not run for an unchanged changelog");
            s.execute("update JIANDU_CHANGELOG_DIGEST set DIGEST = 'an earlier text' where CHANGELOG = 'db/changelog.yaml'");
        }
        manager.open(config);
        manager.close();
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement()) {
            assertTrue(hasLockTable(c), "Liquibase ran for a changed changelog");
            assertEquals(0, count(s, "select count(*) from JIANDU_CHANGELOG_DIGEST where DIGEST = 'an earlier text'"),
                    "the new text is recorded");
        }
    }

    private static boolean hasLockTable(Connection c) throws Exception {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                if ("databasechangeloglock".equalsIgnoreCase(rs.getString("TABLE_NAME"))
                        && (rs.getString("TABLE_SCHEM") == null
                                || rs.getString("TABLE_SCHEM").equalsIgnoreCase(c.getSchema()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
