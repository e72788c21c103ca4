package org.jiandu.update.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;

/**
 * A repository's metadata ({@value #CONTENT}, {@value #ARTIFACTS}), read only when the detached signature beside each
 * ({@code .asc}) is by a key the installation trusts, and copied into a folder of this process's own (owner-only), from
 * which p2 then reads it. p2 checks signatures of artifacts only, yet the metadata says what an update does (an
 * installable unit's touchpoint instructions copy, unzip and chmod files and set the installation's properties, with
 * no artifact to sign) and which bytes each artifact has (its checksums, which p2 checks on every download: the only
 * check of the root files' zips, which p2's trust check never sees). So p2 never reads a repository's metadata where
 * it lies; it takes the artifacts from there, each checked against the signed checksums and by {@link UpdateTrust}.
 */
final class SignedMetadata implements AutoCloseable {

    static final String CONTENT = "content.jar";
    static final String ARTIFACTS = "artifacts.jar";
    /** The detached signature of each, beside it. */
    static final String SIGNATURE = ".asc";
    /** Far above a repository of every module (~0.3 MB): a share that serves more is not read to the end. */
    private static final int MAX_BYTES = 64 << 20;
    private static final int TIMEOUT_MS = 60_000;

    private final Path folder;
    private Runnable forget = () -> { };

    private SignedMetadata(Path folder) {
        this.folder = folder;
    }

    /**
     * The metadata of {@code repository} (a folder, the {@code jar:} address of a zipped one, or {@code https:}),
     * checked against {@code trust}'s keys.
     *
     * @throws IllegalStateException (a sentence) when it has none, cannot be read, or its signature is not by a
     *                               trusted key or does not match
     */
    static SignedMetadata copy(URI repository, UpdateTrust trust) {
        byte[] content = signed(repository, CONTENT, trust);
        byte[] artifacts = signed(repository, ARTIFACTS, trust);
        try {
            Path folder = Files.createTempDirectory("jiandu-update-"); // 0700 on POSIX: no other account writes here
            Files.write(folder.resolve(CONTENT), content);
            Files.write(folder.resolve(ARTIFACTS), located(artifacts, repository));
            return new SignedMetadata(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] signed(URI repository, String name, UpdateTrust trust) {
        byte[] data = read(repository, name, trust);
        if (!trust.signs(data, read(repository, name + SIGNATURE, trust))) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.metadata_untrusted,
                    new Object[] { repository, name, trust.file(), trust.trustedKeys() }));
        }
        return data;
    }

    /**
     * The artifacts' metadata with its mapping rules made absolute: the artifacts are downloaded from the repository
     * itself, while p2 reads this metadata from the copy ({@code ${repoUrl}} would be the copy's folder).
     */
    private static byte[] located(byte[] artifactsJar, URI repository) throws IOException {
        String xml = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(artifactsJar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().equals("artifacts.xml")) {
                    xml = new String(bounded(in, ARTIFACTS), StandardCharsets.UTF_8);
                }
            }
        }
        if (xml == null) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.no_repository, repository, ARTIFACTS));
        }
        String base = repository.toString().replaceAll("/+$", "");
        String attribute = base.replace("&", "&amp;").replace("'", "&apos;").replace("\"", "&quot;").replace("<", "&lt;");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("artifacts.xml"));
            zip.write(xml.replace("${repoUrl}", attribute).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Where p2 reads the checked metadata from. */
    URI location() {
        return folder.toUri();
    }

    /** What to undo when the copy goes (p2 remembers every repository it loaded). */
    void onClose(Runnable action) {
        this.forget = action;
    }

    @Override
    public void close() {
        forget.run();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a copy left in the temporary folder holds nothing secret, and nothing reads it again
        }
    }

    /** All of {@code in}, or a refusal naming {@code what} once it holds more than {@link #MAX_BYTES}. */
    private static byte[] bounded(InputStream in, Object what) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.metadata_too_large, what, MAX_BYTES >> 20));
        }
        return bytes;
    }

    private static byte[] read(URI repository, String name, UpdateTrust trust) {
        String base = repository.toString();
        URI file = URI.create(base.endsWith("/") ? base + name : base + "/" + name);
        try {
            URLConnection c = file.toURL().openConnection();
            c.setUseCaches(false); // a zipped repository replaced since is read again
            c.setConnectTimeout(TIMEOUT_MS);
            c.setReadTimeout(TIMEOUT_MS);
            try (InputStream in = c.getInputStream()) {
                return bounded(in, file);
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.metadata_unsigned,
                    new Object[] { repository, name, trust.file() }), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.no_repository, repository, e.getMessage()), e);
        }
    }
}
