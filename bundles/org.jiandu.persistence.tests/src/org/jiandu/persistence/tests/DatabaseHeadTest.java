package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseHead;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database's head (the audit log's last entry, the schema applied) tells what was added since a copy was taken, or
 * that the database is no longer the one copied: the backup before a migration relies on it.
 */
class DatabaseHeadTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    @Test
    void theEntriesSinceAHeadOrNoneWhenTheDatabaseIsNotTheOneItWas() throws Exception {
        DatabaseConfig config = TestDatabases.fresh("h2", dir);
        Services.get(DatabaseManager.class).open(config);
        AuditLog log = Services.get(AuditLog.class);
        log.append("alice", AuditLog.CHANGE, "user:bob", "added");
        DatabaseHead head;
        try (Connection c = TestDatabases.tamper(config)) {
            head = DatabaseHead.of(c);
            assertEquals(List.of(), head.after(c));
            assertEquals(head, DatabaseHead.parse(head.toString()));
            assertNull(DatabaseHead.parse("12 not-a-hash " + head.schema()));
            assertNull(new DatabaseHead(head.seq(), "0".repeat(64), head.schema()).after(c), "another log at that entry");
        }
        log.append("system", AuditLog.EXPORT, "backup:x", "a backup");
        log.append("admin", AuditLog.CHANGE, "installation:jiandu", "1.0 -> 1.1");
        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            assertEquals(List.of("export backup:x", "change installation:jiandu"), head.after(c));
            s.executeUpdate("update AUDIT_ENTRY set PREV_HASH = '" + "1".repeat(64) + "' where SEQ = " + (head.seq() + 2));
            assertNull(head.after(c), "an entry that does not link to the one before");
        }
        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            DatabaseHead now = DatabaseHead.of(c);
            s.executeUpdate("update JIANDU_CHANGELOG_DIGEST set DIGEST = 'older' where CHANGELOG = 'db/changelog.yaml'");
            assertNull(now.after(c), "the schema changed since");
        }
    }
}
