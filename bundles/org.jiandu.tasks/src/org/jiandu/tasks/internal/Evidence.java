package org.jiandu.tasks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.jiandu.core.Hashes;
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
