package org.jiandu.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.backup.RestoreReport;
import org.jiandu.backup.RestoreService;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.Progress;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.search.SearchService;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Back up, change, restore into a new directory, compare: the jurisdiction's figures as they were at the backup, the
 * change gone, the audit chain intact, the indexed file found, the directory owner-only. On H2; on PostgreSQL the
 * backup holds the server's dump (pg_dump) beside the index, files and settings.
 */
class BackupRoundTripTest {

    private static final String WORD = "备份往返测试独有词";

    @TempDir
    Path tmp;

    static <T> T await(Class<T> type) {
        T s = ServiceLookup.await(BackupRoundTripTest.class, type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName());
        }
        return s;
    }

    @Test
    void aBackupRestoresIntoANewDirectoryAsItWas() throws Exception {
        Path data = tmp.resolve("data");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("谈话记录.txt"), "2026年3月谈话记录：" + WORD + "，涉及三资管理。");
        OrgStats before;
        BackupInfo b;
        try (DemoInstallation env = new DemoInstallation(getClass(), data)) {
            Subject admin = env.login("admin");
            env.await(SearchService.class).index(admin, List.of(docs), null, null, Progress.NONE);
            assertEquals(1, env.await(SearchService.class).search(admin, WORD, 10).total());
            before = env.await(OrgService.class).stats(admin, "danfeng");
            b = env.await(BackupService.class).backup(admin, null, Progress.NONE);
            assertEquals(BackupInfo.MANUAL, b.kind());
            assertTrue(b.folder().startsWith(env.dir().backups()), b.folder().toString());
            assertTrue(Files.isRegularFile(b.folder().resolve("data/db/jiandu.mv.db")));
            assertTrue(Files.isRegularFile(b.folder().resolve("data/audit.key")));
            assertFalse(Files.exists(b.folder().resolve("data/db.key")));
            assertTrue(Files.list(b.folder().resolve("data/index")).findAny().isPresent(), "the index is in it");
            assertEquals(b.name(), env.await(BackupService.class).last().orElseThrow().name());
            env.await(UserService.class).addUser(admin, "after-backup", "备份之后", Role.READ_ONLY, "danfeng");
            assertTrue(env.await(AuditLog.class).list(admin, new AuditLog.Filter("admin", AuditLog.EXPORT, "backup:", null,
                    null), 5).size() == 1, "the backup is audited as an export");
        }
        Path restored = tmp.resolve("restored");
        RestoreReport r = await(RestoreService.class).restore(b.folder(), restored, null, Progress.NONE);
        assertTrue(r.auditEntries() > 0);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(restored)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                restored.resolve("db/jiandu.mv.db"))));
        try (DataDirectory dir = DataDirectory.open(restored)) {
            ServiceRegistration<DataDirectory> reg = FrameworkUtil.getBundle(getClass()).getBundleContext()
                    .registerService(DataDirectory.class, dir, null);
            try {
                await(DatabaseManager.class).open(dir.defaultDatabase());
                Subject admin = await(UserService.class).authenticate("admin", DemoInstallation.ADMIN_PASSWORD.toCharArray());
                assertEquals(before, await(OrgService.class).stats(admin, "danfeng"));
                assertFalse(await(UserService.class).listUsers(admin).stream().anyMatch(u -> u.username()
                        .equals("after-backup")), "the change after the backup is not in the restored installation");
                assertTrue(await(AuditLog.class).verify().intact());
                assertEquals(1, await(SearchService.class).search(admin, WORD, 10).total(), "the restored index finds the file");
            } finally {
                reg.unregister();
                await(DatabaseManager.class).close();
            }
        }
    }

    @Test
    void onPostgresTheBackupHoldsTheServersDump() throws Exception {
        String base = System.getenv().getOrDefault("JIANDU_TEST_PG_URL", System.getProperty("jiandu.test.pg.url", ""));
        assumeTrue(base.startsWith("jdbc:postgresql:"), "no PostgreSQL server for tests (JIANDU_TEST_PG_URL)");
        String schema = "jb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = new org.postgresql.Driver().connect(base, new Properties()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        DatabaseConfig pg = new DatabaseConfig(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null)
                .withKeys(tmp.resolve("data")); // as an installation's settings give it
        BackupInfo b;
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("data"), pg)) {
            b = env.await(BackupService.class).backup(env.login("admin"), tmp.resolve("elsewhere"), Progress.NONE);
        }
        assertTrue(b.folder().startsWith(tmp.resolve("elsewhere")), "--to DIR");
        assertTrue(Files.size(b.folder().resolve("database.pgdump")) > 10_000, "pg_dump of the schema: " + b.notes());
        assertFalse(Files.exists(b.folder().resolve("data/db")), "no embedded database");
        RestoreReport r = await(RestoreService.class).restore(b.folder(), tmp.resolve("restored"), null, Progress.NONE);
        assertEquals(-1, r.auditEntries());
        assertTrue(r.notes().get(0).contains("database.pgdump"), r.notes().toString());
        assertTrue(Files.isRegularFile(tmp.resolve("restored/audit.key")));
    }
}
