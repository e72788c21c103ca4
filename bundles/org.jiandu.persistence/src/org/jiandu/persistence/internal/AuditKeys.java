package org.jiandu.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.jiandu.core.audit.AuditChain;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.Installation;

/**
 * The installation's audit key and the checkpoint of the chain's head, both kept in the data directory, outside the
 * database: {@code audit.key} (32 random bytes, readable by the owner only) and {@code audit.anchor} (the first keyed
 * seq and the newest seq and hash this data directory saw committed, with a MAC under the key). Someone who can write
 * the database but not this directory can neither recompute the chain nor hide removed entries from the checkpoint.
 * A database opened without a data directory (tests) gets a key and checkpoint held in this process only.
 */
final class AuditKeys {

    static final String KEY_FILE = "audit.key";
    static final String ANCHOR_FILE = Installation.AUDIT_ANCHOR_FILE;

    private static final Map<String, AuditKeys> IN_MEMORY = new ConcurrentHashMap<>();

    /** The newest committed state this data directory knows of. */
    record Anchor(long keyedFrom, long seq, String hash) {
    }

    private final Path dir;
    private final byte[] key;
    private final String keyId;
    /** This process made the key just now: the one moment a checkpoint may start from the database's state. */
    private volatile boolean created;
    private Anchor memoryAnchor;

    private AuditKeys(Path dir, byte[] key, boolean created) {
        this.dir = dir;
        this.key = key;
        this.created = created;
        this.keyId = AuditChain.macOf(key, "jiandu-audit-key-id").substring(0, 16);
    }

    private static final Map<Path, AuditKeys> ON_DISK = new ConcurrentHashMap<>();

    /**
     * The keys of the database {@code config} names: its data directory's, created on first use. One instance per
     * directory, so checkpoint updates of this process are serialised.
     */
    static AuditKeys of(DatabaseConfig config) {
        if (config.keys() == null) {
            // only databases opened without a data directory (tests, in-memory): nothing persistent to protect
            return IN_MEMORY.computeIfAbsent(config.url(), u -> new AuditKeys(null, random(), true));
        }
        Path dir = config.keys().toAbsolutePath().normalize();
        AuditKeys known = ON_DISK.get(dir);
        if (known != null && Files.exists(dir.resolve(KEY_FILE))) {
            return known;
        }
        synchronized (ON_DISK) {
            AuditKeys k = load(dir);
            ON_DISK.put(dir, k);
            return k;
        }
    }

    private static AuditKeys load(Path dir) {
        Path file = dir.resolve(KEY_FILE);
        try {
            boolean created = false;
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, KEY_FILE, ".new");
                restrict(tmp);
                Files.writeString(tmp, HexFormat.of().formatHex(random()), StandardCharsets.US_ASCII);
                try {
                    Files.createLink(file, tmp); // fails if another process created it meanwhile: theirs wins
                    created = true;
                } catch (FileAlreadyExistsException raced) {
                    // keep the one that is there
                } catch (UnsupportedOperationException | IOException noLinks) {
                    if (!Files.exists(file)) {
                        Files.move(tmp, file);
                        created = true;
                    }
                }
                Files.deleteIfExists(tmp);
            }
            byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (key.length != 32) {
                throw new IllegalStateException("the audit key " + file + " is damaged (not 32 bytes)");
            }
            return new AuditKeys(dir, key, created);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the audit key " + file + " cannot be read or created: " + e.getMessage(), e);
        }
    }

    private static byte[] random() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the file inherits the data directory's ACL, which is the user's profile
        }
    }

    /** True when this process created the key (a new installation, or one from before audit keys). */
    boolean created() {
        return created;
    }

    byte[] key() {
        return key.clone();
    }

    String keyId() {
        return keyId;
    }

    /** Where the key lives, for messages. */
    String where() {
        return dir == null ? "this process's memory" : dir.resolve(KEY_FILE).toString();
    }

    /** The checkpoint, or null when there is none; a checkpoint whose MAC does not match is refused. */
    synchronized Anchor anchor() {
        if (dir == null) {
            return memoryAnchor;
        }
        Path file = dir.resolve(ANCHOR_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            Anchor a = new Anchor(Long.parseLong(p.getProperty("keyedFrom")), Long.parseLong(p.getProperty("seq")),
                    p.getProperty("hash"));
            if (!keyId.equals(p.getProperty("keyId")) || !AuditChain.macOf(key, text(a)).equals(p.getProperty("mac"))) {
                throw new AnchorException("the checkpoint " + file + " was altered or belongs to another audit key");
            }
            return a;
        } catch (IOException | RuntimeException e) {
            if (e instanceof AnchorException ae) {
                throw ae;
            }
            throw new AnchorException("the checkpoint " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Moves the checkpoint forward to {@code a} (never back: another transaction may have committed a later one). */
    synchronized void advance(Anchor a) {
        Anchor now;
        try {
            now = anchor();
        } catch (AnchorException damaged) {
            return; // leave the evidence as it is; verify reports it
        }
        if (now != null && now.seq() >= a.seq()) {
            return;
        }
        Anchor next = new Anchor(now != null ? now.keyedFrom() : a.keyedFrom(), a.seq(), a.hash());
        created = false; // from now on the checkpoint, never the database, says where the keyed chain starts
        if (dir == null) {
            memoryAnchor = next;
            return;
        }
        Properties p = new Properties();
        p.setProperty("keyId", keyId);
        p.setProperty("keyedFrom", Long.toString(next.keyedFrom()));
        p.setProperty("seq", Long.toString(next.seq()));
        p.setProperty("hash", next.hash());
        p.setProperty("mac", AuditChain.macOf(key, text(next)));
        try {
            Path tmp = Files.createTempFile(dir, ANCHOR_FILE, ".new");
            restrict(tmp);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Jiandu audit checkpoint: do not edit (see SECURITY.md)");
            }
            try {
                Files.move(tmp, dir.resolve(ANCHOR_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(ANCHOR_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The entry is committed; a checkpoint that lags only narrows what verify can prove. Said in SECURITY.md.
            Logger.getLogger(AuditKeys.class.getName())
                    .warning("audit checkpoint not written: " + e.getMessage());
        }
    }

    private static String text(Anchor a) {
        return a.keyedFrom() + "|" + a.seq() + "|" + a.hash();
    }

    /** The checkpoint outside the database cannot be trusted. */
    static final class AnchorException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AnchorException(String message) {
            super(message);
        }
    }
}
