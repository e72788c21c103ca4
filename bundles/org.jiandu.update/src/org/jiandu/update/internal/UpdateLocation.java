package org.jiandu.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.jiandu.update.Repositories;

/**
 * Where an installation takes its updates from: {@code update.properties} in the installation folder (set by the
 * administrator), else the build's default ({@code jiandu.update.location} in its config.ini), else none. Kept out of
 * p2's own files, which an update rewrites.
 */
final class UpdateLocation {

    static final String FILE = "update.properties";
    private static final String KEY = "location";

    private UpdateLocation() {
    }

    static Optional<URI> read(Path installFolder, String buildDefault) {
        Path f = installFolder.resolve(FILE);
        if (Files.isRegularFile(f)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String v = p.getProperty(KEY);
            if (v != null && !v.isBlank()) {
                return Optional.of(URI.create(v.strip()));
            }
        }
        return buildDefault == null || buildDefault.isBlank() ? Optional.empty()
                : Optional.of(Repositories.uri(buildDefault));
    }

    static void write(Path installFolder, URI location) {
        Properties p = new Properties();
        p.setProperty(KEY, location.toString());
        Path f = installFolder.resolve(FILE);
        Path tmp = installFolder.resolve(FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Where this installation takes its updates from (jiandu update --set-location)");
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
