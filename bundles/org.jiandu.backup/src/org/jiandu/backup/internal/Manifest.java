package org.jiandu.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.jiandu.backup.BackupInfo;
import org.jiandu.core.Hashes;
import org.jiandu.core.Progress;
import org.jiandu.core.backup.TreeCopy;

/**
 * A backup's {@code manifest.sha256}: every file's SHA-256 in the format of {@code sha256sum} (so an IT person can
 * check a copy with {@code sha256sum -c manifest.sha256}), preceded by {@code #} lines that sha256sum skips: what the
 * backup is (version, county, kind, time, database, notes) and each file's size.
 */
final class Manifest {

    static final String FILE = "manifest.sha256";

    private static final Pattern HASH_LINE = Pattern.compile("^([0-9a-f]{64})  (.+)$");
    private static final Pattern SIZE_LINE = Pattern.compile("^# size: (\\d+) (.+)$");
    private static final Pattern META_LINE = Pattern.compile("^# ([a-z]+): (.*)$");

    /** name → value of the {@code # key: value} lines; {@code note} may repeat. */
    final Map<String, String> meta = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    /** relative path (with /) → hash, size */
    final Map<String, String> hashes = new LinkedHashMap<>();
    final Map<String, Long> sizes = new LinkedHashMap<>();

    /** Hashes every file below {@code backup} (but the manifest) and writes the manifest there. */
    static Manifest write(Path backup, Map<String, String> meta, List<String> notes, Progress progress) throws IOException {
        Manifest m = new Manifest();
        m.meta.putAll(meta);
        m.notes.addAll(notes);
        List<Path> files = TreeCopy.files(backup);
        int done = 0;
        for (Path rel : files) {
            String name = slashed(rel);
            if (name.equals(FILE)) {
                continue;
            }
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            m.hashes.put(name, sha256(backup.resolve(rel)));
            m.sizes.put(name, Files.size(backup.resolve(rel)));
            progress.worked(++done, files.size(), "manifest");
        }
        Files.writeString(backup.resolve(FILE), m.text(), StandardCharsets.UTF_8);
        return m;
    }

    private String text() {
        StringBuilder b = new StringBuilder("# Jiandu Workbench backup (check with: sha256sum -c " + FILE + ")\n");
        meta.forEach((k, v) -> b.append("# ").append(k).append(": ").append(oneLine(v)).append('\n'));
        notes.forEach(n -> b.append("# note: ").append(oneLine(n)).append('\n'));
        sizes.forEach((f, s) -> b.append("# size: ").append(s).append(' ').append(f).append('\n'));
        hashes.forEach((f, h) -> b.append(h).append("  ").append(f).append('\n'));
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * The manifest of a backup folder.
     *
     * @throws IllegalArgumentException (a sentence naming the manifest) when it is missing or unreadable
     */
    static Manifest read(Path backup) {
        Path f = backup.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(NLS.bind(BackupMessages.no_manifest, backup, FILE));
        }
        Manifest m = new Manifest();
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                Matcher h = HASH_LINE.matcher(line);
                Matcher s = SIZE_LINE.matcher(line);
                Matcher k = META_LINE.matcher(line);
                if (h.matches()) {
                    m.hashes.put(h.group(2), h.group(1));
                } else if (s.matches()) {
                    m.sizes.put(s.group(2), Long.parseLong(s.group(1)));
                } else if (k.matches() && k.group(1).equals("note")) {
                    m.notes.add(k.group(2));
                } else if (k.matches()) {
                    m.meta.put(k.group(1), k.group(2));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(NLS.bind(BackupMessages.bad_manifest, backup, FILE), e);
        }
        if (m.hashes.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(BackupMessages.bad_manifest, backup, FILE));
        }
        return m;
    }

    /**
     * The first problem of the files against this manifest, as a sentence naming the file: missing, another size,
     * another hash ({@code hashes} true), or a file the manifest does not list. Null when there is none.
     */
    String problem(Path backup, boolean checkHashes, Progress progress) throws IOException {
        int done = 0;
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            Path p = backup.resolve(e.getKey()).normalize();
            if (!p.startsWith(backup) || !Files.isRegularFile(p)) {
                return NLS.bind(BackupMessages.file_missing, e.getKey());
            }
            Long size = sizes.get(e.getKey());
            if (size != null && Files.size(p) != size) {
                return NLS.bind(BackupMessages.file_size, e.getKey());
            }
            if (checkHashes && !sha256(p).equals(e.getValue())) {
                return NLS.bind(BackupMessages.file_hash, e.getKey());
            }
            progress.worked(++done, hashes.size(), "check");
        }
        for (Path rel : TreeCopy.files(backup)) {
            String name = slashed(rel);
            if (!name.equals(FILE) && !hashes.containsKey(name)) {
                return NLS.bind(BackupMessages.file_extra, name);
            }
        }
        return null;
    }

    int files() {
        return hashes.size();
    }

    long bytes() {
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The manifest's own digest, named in the audit entry of the backup. */
    static String digest(Path backup) throws IOException {
        return sha256(backup.resolve(FILE));
    }

    BackupInfo info(Path folder, BackupInfo.State state, String problem) {
        Instant created;
        try {
            created = Instant.parse(meta.getOrDefault("created", ""));
        } catch (RuntimeException e) {
            created = Instant.EPOCH;
        }
        return new BackupInfo(folder.getFileName().toString(), folder, meta.getOrDefault("kind", BackupInfo.MANUAL), created,
                files(), bytes(), meta.get("version"), meta.get("county"), meta.get("database"), List.copyOf(notes), state,
                problem);
    }

    static String slashed(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = Hashes.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
