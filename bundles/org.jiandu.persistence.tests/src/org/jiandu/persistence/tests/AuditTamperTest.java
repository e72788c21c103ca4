package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What someone who can write the database (but not the installation's data directory) can do to the audit log, and
 * that {@code verify} notices: rehashing every entry, removing entries and fixing the head, emptying the log. Also
 * that an entry appended inside a change's transaction commits and rolls back with it.
 */
class AuditTamperTest {

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    private DatabaseConfig openWithEntries(String kind, int n) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, dir);
        Services.get(DatabaseManager.class).open(config);
        AuditLog log = Services.get(AuditLog.class);
        for (int i = 1; i <= n; i++) {
            log.append(i % 3 == 0 ? "mallory" : "alice", i % 3 == 0 ? AuditLog.LOGIN_FAILED : AuditLog.CHANGE,
                    "target-" + i, "细节 " + i);
        }
        assertTrue(log.verify().intact(), String.valueOf(log.verify().problem()));
        return config;
    }

    /** The writer's script: recompute every entry's unkeyed SHA-256 chain and the head, as the old code did. */
    private static void rechain(Connection c) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select SEQ, AT_MILLIS, ACTOR, ACTION, TARGET, DETAIL from AUDIT_ENTRY order by SEQ")) {
            while (rs.next()) {
                rows.add(new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) });
            }
        }
        String prev = "0".repeat(64);
        long seq = 0;
        try (PreparedStatement del = c.prepareStatement("delete from AUDIT_ENTRY")) {
            del.executeUpdate();
        }
        for (Object[] r : rows) {
            seq++;
            String at = Instant.ofEpochMilli((Long) r[1]).toString();
            String hash = sha256(Long.toString(seq), at, (String) r[2], (String) r[3], (String) r[4], (String) r[5], prev);
            try (PreparedStatement ins = c.prepareStatement("insert into AUDIT_ENTRY (SEQ, AT_MILLIS, ACTOR, ACTION,"
                    + " TARGET, DETAIL, PREV_HASH, HASH) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, seq);
                ins.setLong(2, (Long) r[1]);
                ins.setString(3, (String) r[2]);
                ins.setString(4, (String) r[3]);
                ins.setString(5, (String) r[4]);
                ins.setString(6, (String) r[5]);
                ins.setString(7, prev);
                ins.setString(8, hash);
                ins.executeUpdate();
            }
            prev = hash;
        }
        try (PreparedStatement head = c.prepareStatement("update AUDIT_HEAD set LAST_SEQ = ?, LAST_HASH = ?")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
    }

    private static String sha256(String... fields) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String field : fields) {
            byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            md.update((field == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rewritingAnEntryAndRehashingTheChainIsDetected(String kind) throws Exception {
        DatabaseConfig config = openWithEntries(kind, 8);
        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            s.executeUpdate("update AUDIT_ENTRY set DETAIL = '无事' where SEQ = 4");
            rechain(c);
        }
        AuditLog.VerifyResult r = Services.get(AuditLog.class).verify();
        assertFalse(r.intact(), "a rehashed chain must not verify");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void removingFailedLoginsAndRechainingIsDetected(String kind) throws Exception {
        DatabaseConfig config = openWithEntries(kind, 9);
        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            s.executeUpdate("delete from AUDIT_ENTRY where ACTION = '" + AuditLog.LOGIN_FAILED + "'");
            rechain(c);
        }
        assertFalse(Services.get(AuditLog.class).verify().intact());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deletingTheNewestEntryAndFixingTheHeadIsDetected(String kind) throws Exception {
        DatabaseConfig config = openWithEntries(kind, 6);
        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            String hash5;
            try (ResultSet rs = s.executeQuery("select HASH from AUDIT_ENTRY where SEQ = 5")) {
                rs.next();
                hash5 = rs.getString(1);
            }
            s.executeUpdate("delete from AUDIT_ENTRY where SEQ = 6");
            s.executeUpdate("update AUDIT_HEAD set LAST_SEQ = 5, LAST_HASH = '" + hash5 + "'");
        }
        AuditLog.VerifyResult r = Services.get(AuditLog.class).verify();
        assertFalse(r.intact(), "the newest entry was removed");
        assertEquals(6, r.firstBadSeq());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void emptyingTheLogAndResettingTheHeadIsDetected(String kind) throws Exception {
        DatabaseConfig config = openWithEntries(kind, 4);
        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            s.executeUpdate("delete from AUDIT_ENTRY");
            s.executeUpdate("update AUDIT_HEAD set LAST_SEQ = 0, LAST_HASH = '" + "0".repeat(64) + "'");
        }
        assertFalse(Services.get(AuditLog.class).verify().intact());
    }

    /** Clearing the key columns and rechaining unkeyed, where the checkpoint was lost (or never copied). */
    @org.junit.jupiter.api.Test
    void aLogWithoutItsCheckpointIsNotTrustedAgain() throws Exception {
        DatabaseConfig config = openWithEntries("h2", 5);
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement()) {
            s.executeUpdate("update AUDIT_HEAD set KEY_ID = null, KEYED_FROM = null");
            rechain(c);
        }
        Files.delete(dir.resolve("audit.anchor"));
        AuditLog log = Services.get(AuditLog.class);
        AuditLog.VerifyResult r = log.verify();
        assertFalse(r.intact(), "a rechained log without its checkpoint");
        assertTrue(r.problem().contains("audit.anchor"), r.problem());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> log.append("alice", AuditLog.CHANGE, "after", "would bless the forgery"));
        assertTrue(refused.getMessage().contains("audit.anchor"), refused.getMessage());
        assertFalse(log.verify().intact());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEntryInAChangesTransactionCommitsAndRollsBackWithIt(String kind) throws Exception {
        openWithEntries(kind, 2);
        Database db = Services.get(Database.class);
        AuditLog log = Services.get(AuditLog.class);
        assertThrows(IllegalStateException.class, () -> db.txRun(em -> {
            log.append(em, "alice", AuditLog.CHANGE, "doomed", "rolled back");
            throw new IllegalStateException("the change fails after its audit entry");
        }));
        db.txRun(em -> log.append(em, "alice", AuditLog.CHANGE, "kept", "committed"));
        AuditLog.VerifyResult r = log.verify();
        assertTrue(r.intact(), String.valueOf(r.problem()));
        assertEquals(3, r.entries());
        List<AuditEntry> latest = log.list(org.jiandu.core.security.Subject.system("/"), AuditLog.Filter.ALL, 10);
        assertEquals("kept", latest.get(0).getTarget());
        assertFalse(latest.stream().anyMatch(e -> "doomed".equals(e.getTarget())));
    }
}
