package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jiandu.core.SetupService;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another account on the same machine must not read the data directory: the database holds the cases and the
 * password hashes, the index the documents' text (review finding: db/jiandu.mv.db was 0644 under umask 022).
 */
class OwnerOnlyDataTest {

    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path dir;

    @Test
    void afterOpenAndAWriteNothingInTheDataDirectoryIsOpenToOtherAccounts() throws Exception {
        Path data = dir.resolve("county");
        DatabaseManager dbm = Services.get(DatabaseManager.class);
        try (DataDirectory d = DataDirectory.open(data)) {
            dbm.open(d.defaultDatabase());
            Services.get(SetupService.class).setUp(CountyProfile.require("danfeng"), "wang.li", null,
                    "Lz7-qiao-bridge-river".toCharArray());
            Files.writeString(d.index().resolve("segment_1"), "案件正文"); // what a module writes while open
            assertEquals(List.of(), openToOthers(d.db()), "the database files while it is open");
        } finally {
            dbm.close();
        }
        assertEquals(List.of(), openToOthers(data), "everything once closed");
    }

    @Test
    void anExistingDirectoryIsTightenedWhenOpened() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data.resolve("db"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = data.resolve("db").resolve("jiandu.mv.db");
        Files.writeString(old, "");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        try (DataDirectory d = DataDirectory.open(data)) {
            assertEquals(List.of(), openToOthers(data), "tightened on open");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
        }
    }

    /**
     * A county's backups/ holds a copy of files/ and of the index per backup, tens of thousands of files walked at
     * every open and close (every command of the command line). Each backup is made owner-only whole before it gets
     * its name, so one whose own folder is owner-only is not walked again; a backup copied in with other rights is
     * tightened whole.
     */
    @Test
    void backupsAreTightenedByTheirFolders() throws Exception {
        Path data = dir.resolve("used");
        try (DataDirectory d = DataDirectory.open(data)) {
            // made by an earlier start: owner-only as a whole, then something inside changed by hand
            Path made = Files.createDirectories(d.backups().resolve("20260101-000000-daily").resolve("data"));
            Files.setPosixFilePermissions(made.getParent(), PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwx------"));
            Files.writeString(made.resolve("inside.txt"), "x");
            Files.setPosixFilePermissions(made.resolve("inside.txt"), PosixFilePermissions.fromString("rw-r--r--"));
            // copied in by hand under umask 022
            Path copied = Files.createDirectories(d.backups().resolve("20250101-000000-manual").resolve("data"));
            Files.writeString(copied.resolve("jiandu.mv.db"), "x");
            for (Path p : List.of(copied.getParent(), copied)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.setPosixFilePermissions(copied.resolve("jiandu.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertEquals(List.of("data/inside.txt rw-r--r--"), openToOthers(data.resolve("backups").resolve(
                "20260101-000000-daily")), "behind an owner-only folder: not walked");
        assertEquals(List.of(), openToOthers(data.resolve("backups").resolve("20250101-000000-manual")),
                "a backup folder open to others is tightened whole");
    }

    @Test
    void filesAreTightenedByTheirModulesFolders() throws Exception {
        Path data = dir.resolve("attached");
        try (DataDirectory d = DataDirectory.open(data)) {
            // a module's folder, made owner-only at an earlier close; a file inside loosened by hand
            Path kept = Files.createDirectories(d.files().resolve("cleanunit"));
            Files.writeString(kept.resolve("ab12.pdf"), "x");
            Files.setPosixFilePermissions(kept.resolve("ab12.pdf"), PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rwx------"));
            // made while open under umask 022
            Path made = Files.createDirectories(d.files().resolve("evidence").resolve("2026"));
            Files.writeString(made.resolve("cd34.jpg"), "x");
            for (Path p : List.of(made.getParent(), made)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.setPosixFilePermissions(made.resolve("cd34.jpg"), PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertEquals(List.of("ab12.pdf rw-r--r--"), openToOthers(data.resolve("files").resolve("cleanunit")),
                "behind an owner-only folder: not walked");
        assertEquals(List.of(), openToOthers(data.resolve("files").resolve("evidence")),
                "a folder open to others is tightened whole at close");
    }

    @Test
    void anOwnerOnlyFolderOfAnotherAccountIsNotTakenAsPrivate() throws Exception {
        Path data = dir.resolve("planted");
        Path foreign;
        try (DataDirectory d = DataDirectory.open(data)) {
            foreign = Files.createDirectories(d.files().resolve("planted"));
            Files.writeString(foreign.resolve("note.txt"), "x");
            Files.setPosixFilePermissions(foreign.resolve("note.txt"), PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(foreign, PosixFilePermissions.fromString("rwx------"));
            UserPrincipal nobody;
            try {
                nobody = foreign.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(foreign, nobody);
            } catch (IOException | UnsupportedOperationException notRoot) {
                Assumptions.abort("needs to give a folder to another account (root): " + notRoot);
            }
        }
        assertEquals(List.of(), openToOthers(foreign), "0700 but another account's: walked and tightened like any other");
    }

    /** Every path under root (root included) that grants anything to group or others, with its mode. */
    private static List<String> openToOthers(Path root) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
                if (mode.stream().anyMatch(NOT_OWNER::contains)) {
                    open.add(root.relativize(p) + " " + PosixFilePermissions.toString(mode));
                }
            }
        }
        assertTrue(Files.exists(root), root.toString());
        return open;
    }
}
