package org.jiandu.persistence.tests;

import java.nio.file.Path;

import org.jiandu.persistence.DataDirectory;

/** Run in a child JVM by {@link DataDirectoryTest}: holds the data directory until its stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (DataDirectory d = DataDirectory.open(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }
}
