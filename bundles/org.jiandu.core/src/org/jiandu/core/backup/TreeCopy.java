package org.jiandu.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.jiandu.core.Progress;

/**
 * Copies a folder's regular files (symbolic links are not followed: a link could lead out of the data directory)
 * with progress, stopping when the progress is cancelled. Shared by the parts and the restore.
 */
public final class TreeCopy {

    private TreeCopy() {
    }

    /** The regular files below {@code root}, relative to it, in a stable order; none when it does not exist. */
    public static List<Path> files(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).map(root::relativize).sorted()
                    .forEach(out::add);
        }
        return out;
    }

    /**
     * Copies {@code files} (relative paths) from {@code from} to {@code to}, creating folders as needed.
     *
     * @throws CancellationException when {@code progress} is cancelled; what was copied so far stays
     */
    public static void copy(Path from, List<Path> files, Path to, String label, Progress progress) throws IOException {
        int done = 0;
        for (Path rel : files) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            Path target = to.resolve(rel.toString());
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING);
            progress.worked(++done, files.size(), label);
        }
    }

    /** Copies every regular file below {@code from} to the same place below {@code to}. */
    public static int copyTree(Path from, Path to, String label, Progress progress) throws IOException {
        List<Path> files = files(from);
        copy(from, files, to, label, progress);
        return files.size();
    }
}
