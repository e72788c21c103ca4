package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.jiandu.persistence.DataDirectory;

/**
 * Copies of evidence files handed to the desktop to open: kept in {@code tmp/evidence} of the data directory (nothing
 * is written outside it) and removed as a whole when the data directory closes or opens again.
 */
final class OpenedEvidence {

    private static final int HEAD = 8192;

    private OpenedEvidence() {
    }

    static Path folder(DataDirectory dir) {
        return dir.root().resolve("tmp").resolve("evidence");
    }

    /** The first bytes of a file, enough to recognise its type. */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** A copy of {@code file} named {@code name} in a folder of its own (two opened files never clash). */
    static Path copy(DataDirectory dir, Path file, String name) throws IOException {
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        Path copy = Files.createDirectories(folder(dir).resolve(UUID.randomUUID().toString())).resolve(name);
        Files.copy(file, copy);
        return copy;
    }

    /** Removes every copy; what a program still holds open (Windows) goes the next time. */
    static void clean(DataDirectory dir) {
        Path folder = folder(dir);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // still open in a viewer: left for the next clean-up
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // nothing to do: the next clean-up tries again
        }
    }
}
