package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.jiandu.core.Progress;
import org.jiandu.core.SetupService;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiandu db migrate} on PostgreSQL dumps a schema that holds an installation with {@code pg_dump} before it
 * changes it, as an embedded database is backed up before its migration: a new schema or one already up to date gets
 * no dump, a dump that cannot be written stops the migration with nothing migrated, and the dump is owner-only and
 * restorable ({@code pg_restore --list} reads it).
 */
class ServerMigrationDumpTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    private static int tampered(DatabaseConfig owner, boolean tamper) throws Exception {
        try (Connection c = TestDatabases.connect(owner); Statement s = c.createStatement()) {
            if (tamper) { // as a new version's changed changelogs would look
                s.executeUpdate("update JIANDU_CHANGELOG_DIGEST set DIGEST = 'an older version'");
            }
            try (ResultSet rs = s.executeQuery("select count(*) from JIANDU_CHANGELOG_DIGEST where DIGEST = 'an older version'")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aChangedSchemaIsDumpedBeforeItIsMigrated() throws Exception {
        assumeTrue(TestDatabases.pgUrl() != null && onPath("pg_dump"), "needs JIANDU_TEST_PG_URL and pg_dump on the PATH");
        DatabaseConfig owner = TestDatabases.fresh("postgresql", dir);
        DatabaseManager dbm = Services.get(DatabaseManager.class);
        Path dumps = dir.resolve("backups");

        assertNull(dbm.migrate(owner, null, dumps, Progress.NONE), "a new schema has nothing to keep");
        dbm.open(owner);
        Services.get(SetupService.class).setUp(CountyProfile.require("danfeng"), "wang.li", null,
                "Lz7-qiao-bridge-river".toCharArray());
        dbm.close();
        assertNull(dbm.migrate(owner, null, dumps, Progress.NONE), "an up-to-date schema needs no dump");
        assertTrue(!Files.exists(dumps) || Files.list(dumps).findAny().isEmpty());

        int changed = tampered(owner, true);
        assertTrue(changed > 0);
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        DatabaseException refused = assertThrows(DatabaseException.class,
                () -> dbm.migrate(owner, null, notAFolder.resolve("backups"), Progress.NONE));
        assertTrue(refused.getMessage().contains("was not migrated") || refused.getMessage().contains("未迁移"),
                refused.getMessage());
        assertEquals(changed, tampered(owner, false), "a migration went on without its dump");
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        refused = assertThrows(DatabaseException.class, () -> dbm.migrate(owner, null, shared, Progress.NONE),
                "a dump into a folder others may write (they could put their file in its place)");
        assertTrue(refused.getMessage().contains("other accounts") || refused.getMessage().contains("其他账户"),
                refused.getMessage());
        assertEquals("rwxrwxrwx", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)),
                "an existing folder's rights were changed");
        assertEquals(changed, tampered(owner, false));

        Path dump = dbm.migrate(owner, null, dumps, Progress.NONE);
        assertNotNull(dump);
        assertEquals(0, tampered(owner, false), "the schema was not migrated after its dump");
        assertEquals(dumps, dump.getParent());
        assertTrue(dump.getFileName().toString().matches("jiandu-before-migrate-\\d{8}-\\d{6}\\.pgdump"), dump.toString());
        assertEquals(List.of(dump), Files.list(dumps).toList(), "a partial file was left beside the dump");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)));
        try (InputStream in = Files.newInputStream(dump)) {
            assertArrayEquals("PGDMP".getBytes(StandardCharsets.US_ASCII), in.readNBytes(5), "not pg_dump's custom format");
        }
        if (onPath("pg_restore")) {
            Process p = new ProcessBuilder("pg_restore", "--list", dump.toString()).redirectErrorStream(true).start();
            String list = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), list);
            assertTrue(list.contains("TABLE DATA") && list.toLowerCase().contains("audit_entry"), list);
        }
        assertNull(dbm.migrate(owner, null, dumps, Progress.NONE), "migrated twice, dumped twice");
    }
}
