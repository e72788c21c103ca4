package org.jiandu.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
            all.forEach(OwnerOnly::tightenOne);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void tightenOne(Path p) {
        try {
            if (Files.isSymbolicLink(p)) {
                return;
            }
            Set<PosixFilePermission> want = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE;
            Set<PosixFilePermission> has = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (!has.equals(want)) {
                Files.setPosixFilePermissions(p, want);
            }
        } catch (NoSuchFileException gone) {
            // a temporary file that is already gone
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(mode);
    }
}
