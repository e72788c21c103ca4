package org.jiandu.persistence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One installation's data directory ({@code db/}, {@code index/}, {@code files/}, {@code backups/}), held with an
 * exclusive OS file lock for as long as the process uses it, so a second process is refused before it can touch
 * the database. The lock file records who holds it, for the refusal message.
 */
public final class DataDirectory implements AutoCloseable {

    public static final String LOCK_FILE = ".jiandu.lock";
    /**
     * Service property of a data directory that stays open for the life of its process (the workbench): commands
     * typed meanwhile run in that process rather than being refused as "in use".
     */
    public static final String RESIDENT = "jiandu.resident";

    /** The folder of a data directory that holds its backups. */
    public static final String BACKUPS = "backups";
    private static final String FILES = "files";
    /** The sub-directories every installation has; only they (and the root's own files) are tightened. */
    private static final String[] LAYOUT = { "db", "index", FILES, BACKUPS };

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** The default per county: {@code ~/.jiandu/<county>}. */
    public static Path defaultFor(String countyId) {
        return Path.of(System.getProperty("user.home"), ".jiandu", countyId.toLowerCase(Locale.ROOT));
    }

    /**
     * Creates the directory layout if needed and locks it.
     *
     * @throws DataDirectoryException when the directory cannot be created or another process holds it
     */
    public static DataDirectory open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            OwnerOnly.createDirectories(root);
            for (String sub : LAYOUT) {
                OwnerOnly.createDirectories(root.resolve(sub));
            }
        } catch (IOException e) {
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_CREATE, root, e.getMessage(),
                    "Cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
        Path lockFile = root.resolve(LOCK_FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM
            }
            if (lock == null) {
                String holder = readHolder(ch);
                ch.close();
                throw new DataDirectoryException(DataDirectoryException.Reason.IN_USE, root, holder,
                        "The data directory " + root + " is in use by another Jiandu process"
                                + (holder.isEmpty() ? "" : " (" + holder + ")")
                                + ". Close that program first, or choose another directory with --data.", null);
            }
            ch.truncate(0);
            String me = "pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + ", "
                    + ManagementFactory.getRuntimeMXBean().getName();
            ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            DataDirectory opened = new DataDirectory(root, ch, lock);
            opened.tighten(); // a directory made before this rule, or files copied in with other rights
            return opened;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_LOCK, root, e.getMessage(),
                    "Cannot lock the data directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            int n = ch.read(buf, 0);
            return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    public Path root() { return root; }
    public Path db() { return root.resolve("db"); }
    public Path index() { return root.resolve("index"); }
    public Path files() { return root.resolve(FILES); }
    public Path backups() { return root.resolve(BACKUPS); }

    /** The embedded default database of this directory. */
    public DatabaseConfig defaultDatabase() {
        return DatabaseConfig.h2(defaultH2File(root));
    }

    /** The file of the embedded default database of the data directory {@code root}, whether it exists or not. */
    public static Path defaultH2DataFile(Path root) {
        return DatabaseConfig.h2DataFile(defaultH2File(root));
    }

    private static Path defaultH2File(Path root) {
        return root.resolve("db").resolve("jiandu");
    }

    /**
     * Takes group and other rights from the directory, its own files and everything under its sub-directories,
     * which the database and modules create with the process umask. Not recursive at the root: {@code --data} may
     * name a directory that holds other things of the user's.
     */
    public void tighten() {
        try {
            OwnerOnly.createDirectories(root);
            try (Stream<Path> top = Files.list(root)) {
                for (Path p : (Iterable<Path>) top::iterator) {
                    String name = p.getFileName().toString();
                    if ((BACKUPS.equals(name) || FILES.equals(name)) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        tightenByFolder(p);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Arrays.asList(LAYOUT).contains(name)) {
                        OwnerOnly.tighten(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_CREATE, root, e.getMessage(),
                    "Cannot make the data directory " + root + " private to this account: " + e.getMessage(), e);
        }
    }

    /**
     * {@code backups/} by its backups and {@code files/} by its modules' folders: a folder that is owner-only is not
     * walked, one open to others (made under the umask while open, copied in with other rights) is tightened whole.
     * Behind an owner-only folder nothing is open to another account. They hold tens of thousands of files (each
     * backup a copy of {@code files/} and of the index; a county's evidence and attachments), which were walked at
     * every open and close: every command of the command line.
     */
    private void tightenByFolder(Path folder) throws IOException {
        OwnerOnly.tightenEntry(folder);
        UserPrincipal owner = OwnerOnly.ownerOf(root); // the account this directory is private to
        try (Stream<Path> each = Files.list(folder)) {
            for (Path b : (Iterable<Path>) each::iterator) {
                if (!OwnerOnly.isOwnerOnlyDirectory(b, owner)) {
                    OwnerOnly.tighten(b);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            tighten(); // what the database and the modules created while open
        } catch (DataDirectoryException e) {
            // closing goes on: the directory itself is still owner-only
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
