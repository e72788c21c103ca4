package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.jiandu.core.SetupService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a county's PostgreSQL server the workbench runs as an account that can neither change the schema nor rewrite
 * the audit log: an administrator step ({@code jiandu db migrate --db-admin-url}) migrates as the owner and grants
 * the workbench's account only what it needs; the audit table refuses UPDATE and DELETE even to its owner (a
 * trigger). Needs a second login role without privileges: {@code JIANDU_TEST_PG_APP_URL} (a URL with its user and
 * password, e.g. {@code jdbc:postgresql://localhost:5432/DB?user=jiandu_app&password=…}).
 */
class LeastPrivilegeTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    static String appUrl() {
        String url = System.getProperty("jiandu.test.pg.app.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("JIANDU_TEST_PG_APP_URL", "");
        }
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    @Test
    void theWorkbenchAccountCannotMigrateNorRewriteTheAuditLog() throws Exception {
        assumeTrue(TestDatabases.pgUrl() != null && appUrl() != null,
                "needs JIANDU_TEST_PG_URL and JIANDU_TEST_PG_APP_URL (a second role)");
        DatabaseConfig owner = TestDatabases.fresh("postgresql", dir);
        String schema = owner.url().substring(owner.url().indexOf("currentSchema=") + "currentSchema=".length());
        DatabaseConfig app = new DatabaseConfig(appUrl() + (appUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                null, null);
        String appRole = userOf(appUrl());
        DatabaseManager dbm = Services.get(DatabaseManager.class);

        DatabaseException behind = assertThrows(DatabaseException.class, () -> dbm.open(app),
                "the workbench account opened a database whose schema it cannot create");
        assertEquals(DatabaseException.Reason.SCHEMA_BEHIND, behind.reason(), behind.getMessage());
        assertTrue(behind.getMessage().contains("jiandu db migrate") && !behind.getMessage().contains("\n"),
                behind.getMessage());

        dbm.migrate(owner, appRole); // the administrator step

        dbm.open(app);
        Services.get(SetupService.class).setUp(CountyProfile.require("danfeng"), "wang.li", null,
                "Lz7-qiao-bridge-river".toCharArray()); // inserts and updates through the workbench account
        dbm.close();

        try (Connection c = TestDatabases.connect(app); Statement s = c.createStatement()) {
            assertRefused(s, "update AUDIT_ENTRY set DETAIL = 'x'", "the workbench account updated the audit log");
            assertRefused(s, "delete from AUDIT_ENTRY", "the workbench account deleted audit entries");
            assertRefused(s, "truncate AUDIT_ENTRY", "the workbench account truncated the audit log");
            assertRefused(s, "create table X_TRY (ID int)", "the workbench account changed the schema");
            assertRefused(s, "alter table APP_USER add column X_TRY int", "the workbench account altered a table");
        }
        try (Connection c = TestDatabases.connect(owner); Statement s = c.createStatement()) {
            assertRefused(s, "update AUDIT_ENTRY set DETAIL = 'x'", "the owner updated the audit log past the trigger");
            assertRefused(s, "delete from AUDIT_ENTRY where SEQ = 1", "the owner deleted an entry past the trigger");
        }
        dbm.open(app);
        assertTrue(Services.get(AuditLog.class).verify().intact());
    }

    private static void assertRefused(Statement s, String sql, String message) {
        assertThrows(SQLException.class, () -> s.execute(sql), message);
    }

    private static String userOf(String url) {
        for (String p : url.substring(url.indexOf('?') + 1).split("&")) {
            if (p.startsWith("user=")) {
                return p.substring(5);
            }
        }
        throw new AssertionError("JIANDU_TEST_PG_APP_URL names no user");
    }
}
