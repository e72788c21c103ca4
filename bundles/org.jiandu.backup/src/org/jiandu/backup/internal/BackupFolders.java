package org.jiandu.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jiandu.backup.BackupInfo;
import org.jiandu.core.Progress;

/** The backups in a folder: their names, the partial ones left by a backup cut short, and their check. */
final class BackupFolders {

    /** The suffix of a backup being written; such a folder is never a backup and is removed by the next one. */
    static final String PARTIAL = ".partial";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupFolders() {
    }

    /** {@code YYYYMMDD-HHMMSS[-kind]}, with {@code -2}, {@code -3} … when that name is taken. */
    static String newName(Path folder, LocalDateTime now, String kind) {
        String base = NAME.format(now) + (BackupInfo.MANUAL.equals(kind) ? "" : "-" + kind);
        String name = base;
        for (int i = 2; Files.exists(folder.resolve(name)) || Files.exists(folder.resolve(name + PARTIAL)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** Removes what backups cut short left behind; returns how many. */
    static int removePartials(Path folder) throws IOException {
        int removed = 0;
        for (Path p : children(folder)) {
            if (p.getFileName().toString().endsWith(PARTIAL)) {
                delete(p);
                removed++;
            }
        }
        return removed;
    }

    /** The backups in {@code folder}, newest first: every sub-folder with a manifest, a partial one never. */
    static List<BackupInfo> list(Path folder, boolean verify) {
        List<BackupInfo> out = new ArrayList<>();
        for (Path p : backups(folder)) {
            out.add(check(p, verify));
        }
        out.sort(Comparator.comparing(BackupInfo::created).thenComparing(BackupInfo::name).reversed());
        return out;
    }

    /**
     * The newest backup in {@code folder} that is not damaged (sizes checked), or null. The folders are taken newest
     * first by their names, which begin with their time of writing ({@link #newName}), and checked only until one is
     * whole: the status line asks at every start, and {@link #list} checks the size of every file of every backup.
     */
    static BackupInfo newest(Path folder) {
        List<Path> backups = backups(folder);
        // two backups of one second (a daily one, then one by hand) are told apart by when their manifest was written;
        // a folder renamed by hand comes after every one named by its time
        backups.sort(Comparator.comparing(BackupFolders::namedTime).thenComparing(BackupFolders::written).reversed());
        for (Path p : backups) {
            BackupInfo b = check(p, false);
            if (b.state() != BackupInfo.State.DAMAGED) {
                return b;
            }
        }
        return null;
    }

    /** The sub-folders of {@code folder} that hold a backup: a manifest, and not a partial one. None when unreadable. */
    private static List<Path> backups(Path folder) {
        List<Path> backups = new ArrayList<>();
        try {
            for (Path p : children(folder)) {
                if (!p.getFileName().toString().endsWith(PARTIAL) && Files.isRegularFile(p.resolve(Manifest.FILE))) {
                    backups.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return backups;
    }

    private static LocalDateTime namedTime(Path backup) {
        String name = backup.getFileName().toString();
        try {
            return LocalDateTime.parse(name.substring(0, Math.min(15, name.length())), NAME);
        } catch (RuntimeException e) {
            return LocalDateTime.MIN;
        }
    }

    private static long written(Path backup) {
        try {
            return Files.getLastModifiedTime(backup.resolve(Manifest.FILE)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** One backup with the result of its check (sizes, or every hash with {@code verify}). */
    static BackupInfo check(Path backup, boolean verify) {
        return check(backup, verify, Progress.NONE);
    }

    /** {@link #check(Path, boolean)}, telling {@code progress} of the files hashed. */
    static BackupInfo check(Path backup, boolean verify, Progress progress) {
        Manifest m;
        try {
            m = Manifest.read(backup);
        } catch (IllegalArgumentException e) {
            return new BackupInfo(backup.getFileName().toString(), backup, null, null, 0, 0, null, null, null, List.of(),
                    BackupInfo.State.DAMAGED, e.getMessage());
        }
        try {
            String problem = m.problem(backup, verify, progress);
            return m.info(backup, problem != null ? BackupInfo.State.DAMAGED
                    : verify ? BackupInfo.State.VERIFIED : BackupInfo.State.COMPLETE, problem);
        } catch (IOException e) {
            return m.info(backup, BackupInfo.State.DAMAGED, e.getMessage());
        }
    }

    private static List<Path> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    /** Removes a folder and everything in it (links are removed, not followed). */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
