package org.jiandu.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.backup.RestoreService;
import org.jiandu.cli.Cli;
import org.jiandu.cli.InstalledCommands;
import org.jiandu.core.Progress;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * What must not happen: a damaged backup restored (it is refused naming the file, nothing written), a backup cut
 * short taken for one (ignored, then removed), a backup by a role that may not read everything, the daily backup
 * twice a day; and the commands as a user runs them.
 */
class BackupSafetyTest {

    @TempDir
    Path tmp;

    private static RestoreService restore() {
        return BackupRoundTripTest.await(RestoreService.class);
    }

    @Test
    void aDamagedBackupIsRefusedNamingTheFileAndNothingIsWritten() throws Exception {
        BackupInfo b;
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("data"))) {
            b = env.await(BackupService.class).backup(env.login("admin"), null, Progress.NONE);
        }
        Path db = b.folder().resolve("data/db/jiandu.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        bytes[bytes.length / 2] ^= 0x5a; // same size, another hash
        Files.write(db, bytes);
        Path target = tmp.resolve("new");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> restore().restore(b.folder(), target, null, Progress.NONE));
        assertTrue(e.getMessage().contains("data/db/jiandu.mv.db"), e.getMessage());
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("restoring")), "no temporary folder left");
        }
        assertEquals(BackupInfo.State.DAMAGED, restore().check(b.folder(), true).state());

        Files.writeString(b.folder().resolve("data/audit.key"), "x", StandardOpenOption.APPEND);
        e = assertThrows(IllegalArgumentException.class, () -> restore().restore(b.folder(), target, null, Progress.NONE));
        assertTrue(e.getMessage().contains("data/audit.key"), e.getMessage());
        assertEquals(BackupInfo.State.DAMAGED, restore().check(b.folder(), false).state(), "a size is checked quickly");
    }

    @Test
    void aRestoreNeverWritesIntoANonEmptyDirectory() throws Exception {
        BackupInfo b;
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("data"))) {
            b = env.await(BackupService.class).backup(env.login("admin"), null, Progress.NONE);
        }
        Path target = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(target.resolve("mine.txt"), "the user's");
        assertThrows(IllegalArgumentException.class, () -> restore().restore(b.folder(), target, null, Progress.NONE));
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aBackupCutShortIsIgnoredAndRemovedByTheNext() throws Exception {
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("data"))) {
            BackupService backups = env.await(BackupService.class);
            BackupInfo daily = backups.backupIfDue(Progress.NONE).orElseThrow();
            assertEquals(BackupInfo.DAILY, daily.kind());
            assertTrue(daily.name().endsWith("-daily"), daily.name());
            assertTrue(backups.backupIfDue(Progress.NONE).isEmpty(), "one automatic backup a day");
            // what kill -9 during a backup leaves: a .partial folder without its manifest
            Path partial = Files.createDirectories(env.dir().backups().resolve("20200101-000000-daily.partial/data/db"));
            Files.writeString(partial.resolve("jiandu.mv.db"), "half");
            assertEquals(List.of(daily.name()), backups.list().stream().map(BackupInfo::name).toList());
            assertEquals(daily.name(), backups.last().orElseThrow().name());
            BackupInfo manual = backups.backup(env.login("admin"), null, Progress.NONE);
            assertFalse(Files.exists(env.dir().backups().resolve("20200101-000000-daily.partial")), "removed by the next");
            assertEquals(List.of(manual.name(), daily.name()), backups.list().stream().map(BackupInfo::name).toList());
            assertEquals(manual.name(), backups.last().orElseThrow().name(), "written in the same second or later");
            assertEquals(BackupInfo.State.VERIFIED, restore().check(daily.folder(), true).state());
            // the status line's last backup is the newest whole one
            Files.delete(manual.folder().resolve("data").resolve("db").resolve("jiandu.mv.db"));
            assertEquals(daily.name(), backups.last().orElseThrow().name());
        }
    }

    @Test
    void onlyAnAdministratorBacksUp() throws Exception {
        try (DemoInstallation env = new DemoInstallation(getClass(), tmp.resolve("data"))) {
            for (String user : List.of("county", "township", "viewer")) {
                assertThrows(AccessDeniedException.class,
                        () -> env.await(BackupService.class).backup(env.login(user), null, Progress.NONE), user);
            }
            assertTrue(env.await(BackupService.class).list().isEmpty());
        }
    }

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> argv = new ArrayList<>(List.of(args));
        Cli cli = new Cli(type -> ServiceLookup.await(BackupSafetyTest.class, type, 10_000),
                () -> InstalledCommands.await(BackupSafetyTest.class, 10_000),
                dir -> {
                    ServiceRegistration<DataDirectory> r = FrameworkUtil.getBundle(BackupSafetyTest.class).getBundleContext()
                            .registerService(DataDirectory.class, dir, null);
                    return r::unregister;
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((DemoInstallation.ADMIN_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        int code = cli.run(argv.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandsBackUpListAndRestore() throws Exception {
        Path data = tmp.resolve("data");
        new DemoInstallation(getClass(), data).close();
        Run b = run("backup", "--json", "--data", data.toString(), "--county", "danfeng", "--user", "admin",
                "--password-stdin");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("\"state\": \"verified\""), b.out());
        Run list = run("backups", "--data", data.toString(), "--json");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("\"kind\": \"manual\""), list.out());
        Path backup;
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            backup = s.findFirst().orElseThrow();
        }
        Run r = run("restore", backup.toString(), "--data", tmp.resolve("again").toString());
        assertEquals(0, r.code(), r.err());
        Run again = run("restore", backup.toString(), "--data", tmp.resolve("again").toString());
        assertEquals(1, again.code(), "a non-empty target is refused: " + again.err());
        Files.writeString(backup.resolve("data/audit.anchor"), "#", StandardOpenOption.APPEND);
        Run damaged = run("restore", backup.toString(), "--data", tmp.resolve("third").toString());
        assertEquals(1, damaged.code());
        assertTrue(damaged.err().contains("data/audit.anchor"), damaged.err());
        assertFalse(damaged.err().contains("Exception"), damaged.err());
        Run denied = run("backup", "--data", data.toString(), "--county", "danfeng", "--user", "viewer", "--password-stdin");
        assertTrue(denied.code() == 6 || denied.code() == 5, denied.err());
    }
}
