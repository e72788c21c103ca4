package org.jiandu.search.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.search.IndexReport;
import org.jiandu.search.extract.Extractors;

/** The files below a folder that an indexing run reads: hidden files and folders left out, unsupported ones reported. */
final class IndexableFiles {

    private IndexableFiles() {
    }

    /** The supported files below {@code root}, sorted; unsupported and unreadable ones are added to {@code failed}. */
    static List<Path> under(Path root, List<IndexReport.FileError> failed) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    if (Extractors.supports(file)) {
                        out.add(file.toAbsolutePath().normalize());
                    } else {
                        failed.add(new IndexReport.FileError(file.toString(), Extractors.unsupported(file)));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                failed.add(new IndexReport.FileError(file.toString(), "cannot be read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }
}
