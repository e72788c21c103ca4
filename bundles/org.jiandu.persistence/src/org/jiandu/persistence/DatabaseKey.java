package org.jiandu.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The file-encryption key of an embedded database: 32 random bytes in {@code db.key} in the data directory (beside
 * the audit key), readable by the installation's OS account only, never inside the database file or its backups.
 * A copied database file is unreadable without it; whoever has the whole data directory under the same account has
 * it too (SECURITY.md).
 */
final class DatabaseKey {

    private DatabaseKey() {
    }

    /** Creates the key file; an existing one is kept (a second setup attempt must not lock out the first's data). */
    static void create(Path dataDir) throws IOException {
        Path file = dataDir.resolve(Installation.DB_KEY_FILE);
        if (Files.exists(file)) {
            return;
        }
        OwnerOnly.createDirectories(dataDir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(dataDir, Installation.DB_KEY_FILE, ".new", OwnerOnly.fileAttributes());
        try {
            Files.writeString(tmp, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            Files.createLink(file, tmp); // never replaces a key another process wrote meanwhile
        } catch (FileAlreadyExistsException raced) {
            // theirs is the key
        } catch (UnsupportedOperationException noLinks) {
            if (!Files.exists(file)) {
                Files.move(tmp, file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The key as H2's file password, in hex.
     *
     * @throws DatabaseException (reason {@code NO_KEY}) when the file is missing or damaged
     */
    static String read(Path dataDir, String database) {
        Path file = dataDir.resolve(Installation.DB_KEY_FILE);
        try {
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (HexFormat.of().parseHex(hex).length != 32) {
                throw new IllegalArgumentException("not 32 bytes");
            }
            return hex;
        } catch (IOException | IllegalArgumentException e) {
            String why = "the key file " + file + " is " + (Files.exists(file) ? "damaged" : "missing")
                    + ": restore it from the copy kept apart from the backups (SECURITY.md)";
            throw new DatabaseException(DatabaseException.Reason.NO_KEY, database, why,
                    "The encrypted database " + database + " cannot be opened: " + why, e);
        }
    }
}
