package org.jiandu.tasks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.Hashes;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;

/**
 * Evidence a body hands in (a report's, a rectification's, a duty record's): a regular file, not a link, with content
 * and at most {@link #MAX_BYTES}, kept in the data directory by its SHA-256. Callers check scope and state first, so a
 * refused step copies nothing.
 */
final class Evidence {

    /** A scan of a stack of paper or a short video; more is refused rather than filling the data directory. */
    static final long MAX_BYTES = 100L << 20;

    private Evidence() {
    }

    /** Why the file cannot be evidence, or null. */
    static String problem(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) == 0) {
            return TasksMessages.bind(TasksMessages.evidence_unreadable, file);
        }
        if (Files.size(file) > MAX_BYTES) {
            return TasksMessages.bind(TasksMessages.evidence_too_big, file, MAX_BYTES >> 20);
        }
        return null;
    }

    /**
     * Makes kept evidence searchable in the archive search when the build has it (the search module serves
     * {@link SearchableFiles}); the evidence is kept either way, and the log names no file, whose name may be personal.
     */
    static void offerToSearch(SearchableFiles search, Subject subject, DataDirectory dir, String orgCode, String name, String sha) {
        if (search == null || dir == null || sha == null) {
            return;
        }
        try {
            List<String> failed = search.add(subject, "tasks", orgCode, name, dir.files().resolve("evidence").resolve(sha));
            if (!failed.isEmpty()) {
                log("evidence " + sha.substring(0, 12) + " not searchable: unreadable");
            }
        } catch (IOException | RuntimeException e) {
            log("evidence " + sha.substring(0, 12) + " not indexed: " + e.getClass().getSimpleName());
        }
    }

    private static void log(String message) {
        System.getLogger(Evidence.class.getName()).log(System.Logger.Level.WARNING, message);
    }

    /** Keeps the file by its content hash; its SHA-256. */
    static String store(DataDirectory dir, Path file) throws IOException {
        String p = problem(file);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        return Hashes.storeByContent(file, dir.files().resolve("evidence"));
    }
}
