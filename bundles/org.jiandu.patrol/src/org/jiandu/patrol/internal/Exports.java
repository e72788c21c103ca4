package org.jiandu.patrol.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.jiandu.core.Hashes;

/** How an export is named in the audit log: the written file and the SHA-256 of exactly what left the system. */
final class Exports {

    private Exports() {
    }

    /** {@code file=/abs/path sha256=… bytes=…} of a file just written. */
    static String describe(Path file) throws IOException {
        MessageDigest md = Hashes.digest();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
                bytes += n;
            }
        }
        return "file=" + file.toAbsolutePath() + " sha256=" + HexFormat.of().formatHex(md.digest()) + " bytes=" + bytes;
    }
}
