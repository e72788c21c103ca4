package org.jiandu.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files of an installation are for its OS account alone: directories 0700, files 0600. The database, the index and
 * the attachments hold case text and password hashes, and the JVM creates files with the process umask (usually
 * 022, world-readable). On a file system without POSIX permissions (Windows) nothing is changed here: the data
 * directory under the user's profile inherits the profile's access list (see SECURITY.md).
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates a directory (and missing parents) owner-only; an existing one is tightened. */
    public static void createDirectories(Path dir) throws IOException {
        if (!POSIX) {
            Files.createDirectories(dir);
            return;
        }
        Files.createDirectories(dir, attribute(DIRECTORY));
        Files.setPosixFilePermissions(dir, DIRECTORY);
    }

    /** For {@link Files#createFile} and {@link Files#createTempFile}: an owner-only file, or none on Windows. */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] { attribute(FILE) } : new FileAttribute<?>[0];
    }

    /**
     * Takes group and other rights away from {@code root} and everything below it (symbolic links are not
     * followed). Files that vanish meanwhile (a database's temporary files) are skipped.
     */
    public static void tighten(Path root) throws IOException {
        if (!POSIX || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                try {
                    tightenEntry(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Takes group and other rights away from {@code p} itself, not from what a directory holds; a link is left. */
    public static void tightenEntry(Path p) throws IOException {
        if (!POSIX) {
            return;
        }
        try {
            // one stat per path: a data directory's backups hold tens of thousands of files, walked at every open
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                return;
            }
            Set<PosixFilePermission> want = a.isDirectory() ? DIRECTORY : FILE;
            if (!a.permissions().equals(want)) {
                Files.setPosixFilePermissions(p, want);
            }
        } catch (NoSuchFileException gone) {
            // a temporary file that is already gone
        }
    }

    /** Whether accounts other than the owner may write into {@code p} (never, without POSIX rights). */
    public static boolean othersMayWrite(Path p) throws IOException {
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> rights = Files.getPosixFilePermissions(p);
        return rights.contains(PosixFilePermission.GROUP_WRITE) || rights.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** The account {@code p} belongs to, for {@link #isOwnerOnlyDirectory}; null without POSIX rights. */
    public static UserPrincipal ownerOf(Path p) throws IOException {
        return POSIX ? Files.getOwner(p, LinkOption.NOFOLLOW_LINKS) : null;
    }

    /**
     * Whether {@code p} is a directory (not a link to one) of {@code owner}'s, open to it alone (always, without POSIX
     * rights). A 0700 folder of another account's is not: its owner may open it again at any time.
     */
    public static boolean isOwnerOnlyDirectory(Path p, UserPrincipal owner) throws IOException {
        if (!POSIX) {
            return true;
        }
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() && a.permissions().equals(DIRECTORY) && a.owner().equals(owner);
        } catch (NoSuchFileException gone) {
            return true; // nothing left to tighten
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(mode);
    }
}
