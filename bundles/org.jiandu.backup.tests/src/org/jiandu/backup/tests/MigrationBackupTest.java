package org.jiandu.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.backup.RestoreService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseHead;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A new version's first start on an installation whose schema changed makes a backup before anything is migrated —
 * however the version came (an update, or an archive unpacked by hand): it restores the database as it was before,
 * is audited once the database is open, and a start that cannot back up changes nothing. A changed core changelog
 * is simulated by changing the digest the database recorded for it.
 */
class MigrationBackupTest {

    private static final String CORE = "db/changelog.yaml";

    @TempDir
    Path tmp;

    /** The digest the database recorded for the core changelog; {@code to} replaces it when not null. */
    private static String coreDigest(String to) {
        return digest(CORE, to);
    }

    /** The digest the database recorded for {@code changelog}; {@code to} replaces it when not null. */
    private static String digest(String changelog, String to) {
        AtomicReference<String> was = new AtomicReference<>();
        BackupRoundTripTest.await(Database.class).txRun(em -> {
            try (Statement s = em.unwrap(Connection.class).createStatement()) {
                try (ResultSet rs = s.executeQuery("select DIGEST from JIANDU_CHANGELOG_DIGEST where CHANGELOG = '" + changelog + "'")) {
                    was.set(rs.next() ? rs.getString(1) : null);
                }
                if (to != null) {
                    s.executeUpdate("update JIANDU_CHANGELOG_DIGEST set DIGEST = '" + to + "' where CHANGELOG = '" + changelog + "'");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return was.get();
    }

    /** Opens {@code root} as the workbench does: the data directory published first, then the database. */
    private static <T> T opened(Path root, ThrowingFunction<DataDirectory, T> work) throws Exception {
        return opened(root, Progress.NONE, work);
    }

    private static <T> T opened(Path root, Progress progress, ThrowingFunction<DataDirectory, T> work) throws Exception {
        try (DataDirectory dir = DataDirectory.open(root)) {
            ServiceRegistration<DataDirectory> reg = FrameworkUtil.getBundle(MigrationBackupTest.class).getBundleContext()
                    .registerService(DataDirectory.class, dir, null);
            try {
                BackupRoundTripTest.await(DatabaseManager.class).open(dir.defaultDatabase(), progress);
                return work.apply(dir);
            } finally {
                reg.unregister();
                BackupRoundTripTest.await(DatabaseManager.class).close();
            }
        }
    }

    interface ThrowingFunction<A, B> {
        B apply(A a) throws Exception;
    }

    private static List<BackupInfo> beforeUpdate(Path root) throws Exception {
        try (var files = Files.list(root.resolve("backups"))) {
            // by kind, not by name: a second backup of the same second is named ...-before-update-2
            return files.filter(Files::isDirectory).map(p -> {
                try {
                    return BackupRoundTripTest.await(RestoreService.class).check(p, true);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).filter(b -> BackupInfo.BEFORE_UPDATE.equals(b.kind())).toList();
        }
    }

    @Test
    void aChangedSchemaIsBackedUpBeforeItIsMigratedAndTheBackupRestoresTheOldState() throws Exception {
        Path root = tmp.resolve("data");
        String real;
        try (DemoInstallation env = new DemoInstallation(getClass(), root)) {
            env.await(UserService.class).addUser(env.login("admin"), "before-new-version", "升级之前", Role.READ_ONLY, "danfeng");
            real = coreDigest("0".repeat(64)); // as if the next start brought another core changelog
        }
        Files.createDirectories(root.resolve("backups"));
        assertEquals(List.of(), beforeUpdate(root));

        List<String> told = new CopyOnWriteArrayList<>();
        opened(root, new Progress() {
            @Override
            public void worked(int done, int total, String current) {
                told.add(current);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        }, dir -> {
            assertEquals(real, coreDigest(null), "migrated after the backup: the digest of this version recorded");
            Subject admin = BackupRoundTripTest.await(UserService.class).authenticate("admin",
                    DemoInstallation.ADMIN_PASSWORD.toCharArray());
            List<String> audited = BackupRoundTripTest.await(AuditLog.class).list(admin, new AuditLog.Filter("system",
                    AuditLog.EXPORT, "backup:", null, null), 10).stream().map(e -> e.getTarget() + " " + e.getDetail()).toList();
            assertEquals(1, audited.size(), audited.toString());
            assertTrue(audited.get(0).contains("before migrating " + CORE), audited.get(0));
            assertTrue(BackupRoundTripTest.await(AuditLog.class).verify().intact());
            return null;
        });
        assertTrue(told.size() > 1 && told.get(0).contains("new version") && told.get(told.size() - 1) == null,
                "the user is told what the wait is for, and the line ends: " + told);
        List<BackupInfo> made = beforeUpdate(root);
        assertEquals(1, made.size(), "one backup before the migration");
        BackupInfo b = made.get(0);
        assertEquals(BackupInfo.State.VERIFIED, b.state(), b.problem());
        assertTrue(String.join(" ", b.notes()).contains("index"), "says what it lacks: " + b.notes());

        opened(root, dir -> null);
        assertEquals(1, beforeUpdate(root).size(), "an unchanged schema: no backup at the next start");

        // the backup holds the database as it was before the migration, with the data of the old version: opened by
        // this version, it is migrated again, after a backup of its own
        Path restored = tmp.resolve("restored");
        BackupRoundTripTest.await(RestoreService.class).restore(b.folder(), restored, null, Progress.NONE);
        opened(restored, dir -> {
            Subject admin = BackupRoundTripTest.await(UserService.class).authenticate("admin",
                    DemoInstallation.ADMIN_PASSWORD.toCharArray());
            assertTrue(BackupRoundTripTest.await(UserService.class).listUsers(admin).stream()
                    .anyMatch(u -> u.username().equals("before-new-version")));
            return null;
        });
        assertEquals(1, beforeUpdate(restored).size(), "the old state restored, then backed up before its migration");
    }

    /**
     * {@code jiandu update} backs up, installs, audits the update; the new version's first start then finds a changed
     * schema. When nothing changed since the update's backup, that backup holds the database as it is: no second.
     */
    @Test
    void theBackupOfAnUpdateServesItsMigrationWhenNothingChangedSince() throws Exception {
        Path root = tmp.resolve("data");
        BackupInfo updates;
        try (DemoInstallation env = new DemoInstallation(getClass(), root)) {
            coreDigest("0".repeat(64)); // what the database recorded differs from the next version's changelog
            updates = env.await(BackupService.class).backupBeforeUpdate(Progress.NONE);
            env.await(AuditLog.class).append(Subject.SYSTEM, AuditLog.CHANGE, "installation:jiandu", "1.0 -> 1.1");
        }
        assertTrue(Files.isRegularFile(updates.folder().resolve(DatabaseHead.FILE)), "the head of its copy is kept");
        opened(root, dir -> {
            Subject admin = BackupRoundTripTest.await(UserService.class).authenticate("admin",
                    DemoInstallation.ADMIN_PASSWORD.toCharArray());
            List<String> said = BackupRoundTripTest.await(AuditLog.class).list(admin, new AuditLog.Filter("system",
                    AuditLog.CHANGE, "database:schema", null, null), 10).stream().map(e -> e.getDetail()).toList();
            assertEquals(1, said.size(), said.toString());
            assertTrue(said.get(0).contains(updates.name()) && said.get(0).contains(CORE), said.get(0));
            assertTrue(BackupRoundTripTest.await(AuditLog.class).verify().intact());
            return null;
        });
        assertEquals(List.of(updates.name()), beforeUpdate(root).stream().map(BackupInfo::name).toList(),
                "one backup for the update and its migration");
    }

    /** A change after the update's backup, or a damaged backup: the migration makes a backup of its own. */
    @Test
    void aChangeSinceTheUpdatesBackupOrADamagedOneGetsABackupOfItsOwn() throws Exception {
        for (String after : List.of("a user added", "the backup damaged")) {
            Path root = tmp.resolve(after.replace(' ', '-'));
            BackupInfo updates;
            try (DemoInstallation env = new DemoInstallation(getClass(), root)) {
                coreDigest("0".repeat(64));
                updates = env.await(BackupService.class).backupBeforeUpdate(Progress.NONE);
                if (after.equals("a user added")) {
                    env.await(UserService.class).addUser(env.login("admin"), "after-backup", "备份之后", Role.READ_ONLY,
                            "danfeng");
                }
            }
            if (after.equals("the backup damaged")) {
                try (var files = Files.walk(updates.folder().resolve(BackupPart.DATA).resolve("db"))) {
                    Path db = files.filter(Files::isRegularFile).findFirst().orElseThrow();
                    Files.write(db, new byte[] { 1 }, StandardOpenOption.APPEND);
                }
            }
            opened(root, dir -> null);
            assertEquals(2, beforeUpdate(root).size(), after + ": a backup of its own");
        }
    }

    @Test
    void aModuleWhoseSchemaChangedIsMigratedAtOnceBehindTheSameBackup() throws Exception {
        Path root = tmp.resolve("data");
        String module = "db/search/changelog.yaml";
        String real;
        try (DemoInstallation env = new DemoInstallation(getClass(), root)) {
            real = digest(module, "2".repeat(64));
            assertTrue(real != null, "the search module's schema was applied with the demo");
        }
        opened(root, dir -> {
            assertEquals(real, digest(module, null), "migrated at the start, not left to the module's first use");
            return null;
        });
        assertEquals(1, beforeUpdate(root).size());
        opened(root, dir -> null);
        assertEquals(1, beforeUpdate(root).size(), "the next start finds nothing changed: no second backup");
    }

    @Test
    void aStartThatCannotBackUpChangesNothingAndSaysWhy() throws Exception {
        Path root = tmp.resolve("data");
        try (DemoInstallation env = new DemoInstallation(getClass(), root)) {
            coreDigest("1".repeat(64));
        }
        // a backup that cannot be written (a full disk: here a part that fails)
        ServiceRegistration<BackupPart> broken = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(
                BackupPart.class, new BackupPart() {
                    @Override
                    public String name() {
                        return "broken";
                    }

                    @Override
                    public int order() {
                        return 5;
                    }

                    @Override
                    public List<String> copy(Path backup, Progress progress) throws IOException {
                        throw new IOException("No space left on device");
                    }
                }, null);
        try {
            DatabaseException e = assertThrows(DatabaseException.class, () -> opened(root, dir -> null));
            assertEquals(DatabaseException.Reason.MIGRATION, e.reason());
            assertTrue(e.detail().contains("backups") && e.detail().contains("No space left on device"), e.detail());
        } finally {
            broken.unregister();
        }
        assertEquals(List.of(), beforeUpdate(root), "nothing half-written");

        // a backup cancelled (Ctrl+C on the command line) refuses the start too
        DatabaseException cancelled = assertThrows(DatabaseException.class, () -> opened(root, new Progress() {
            @Override
            public void worked(int done, int total, String current) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        }, dir -> null));
        assertEquals(DatabaseException.Reason.MIGRATION, cancelled.reason());
        assertEquals(List.of(), beforeUpdate(root), "nothing half-written");
        opened(root, dir -> {
            // the refused start migrated nothing: this start found the old digest, backed up, then migrated
            assertTrue(BackupRoundTripTest.await(BackupService.class).list().stream()
                    .anyMatch(b -> BackupInfo.BEFORE_UPDATE.equals(b.kind())));
            return null;
        });
    }
}
