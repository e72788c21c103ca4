package org.jiandu.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
        if (buildDefault == null || buildDefault.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Repositories.uri(buildDefault));
        } catch (IllegalArgumentException e) {
            // a share not mounted on this machine, or an address refused: shown as the build names it, refused (with
            // its reason) only when updates are checked, so that version and the updates dialog still open
            return Optional.ofNullable(asNamed(buildDefault.strip()));
        }
    }

    private static URI asNamed(String s) {
        try {
            return s.contains("://") ? new URI(s) : Path.of(s).toAbsolutePath().toUri();
        } catch (URISyntaxException | InvalidPathException e) {
            return null;
        }
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
