package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.jiandu.core.SetupService;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database encrypted at rest (H2 AES file encryption) with a key the installation keeps outside the
 * database file: a copied database file or backup alone is unreadable; with the key it works as before.
 */
class EncryptedDatabaseTest {

    private static final String ADMIN = "wang.li";
    private static final String PASSWORD = "Lz7-qiao-bridge-river";

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    @Test
    void anEncryptedDatabaseIsUnreadableWithoutItsKeyAndWorksWithIt() throws Exception {
        Path data = dir.resolve("county");
        Installation inst = Installation.resolve("danfeng", data.toString(), null);
        inst.encryptNewDatabase();
        DatabaseManager dbm = Services.get(DatabaseManager.class);
        try (DataDirectory d = inst.lock()) {
            dbm.open(inst.database(d));
            Services.get(SetupService.class).setUp(CountyProfile.require("danfeng"), ADMIN, "王莉", PASSWORD.toCharArray());
            dbm.close();
        }
        Path file = data.resolve("db").resolve("jiandu.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(contains(bytes, "丹凤县".getBytes(StandardCharsets.UTF_8)), "the county's name is in clear text");
        assertFalse(contains(bytes, "pbkdf2-sha256".getBytes(StandardCharsets.UTF_8)), "a password hash is in clear text");

        String plain = "jdbc:h2:file:" + data.resolve("db").resolve("jiandu") + ";IFEXISTS=TRUE";
        assertThrows(SQLException.class, () -> rawConnect(plain, "sa", ""), "opened without the key");
        assertThrows(SQLException.class, () -> rawConnect(plain + ";CIPHER=AES", "sa", "00ff00ff00ff00ff "),
                "opened with a wrong key");

        Path key = data.resolve(Installation.DB_KEY_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        try (DataDirectory d = inst.lock()) {
            dbm.open(inst.database(d));
            assertEquals(ADMIN, Services.get(UserService.class).authenticate(ADMIN, PASSWORD.toCharArray()).username());
            dbm.close();
        }

        Path elsewhere = dir.resolve("db.key.kept-apart");
        Files.move(key, elsewhere);
        try (DataDirectory d = inst.lock()) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> dbm.open(inst.database(d)));
            assertEquals(DatabaseException.Reason.NO_KEY, e.reason());
            assertTrue(e.getMessage().contains(Installation.DB_KEY_FILE) && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aDatabaseThatExistsAlreadyIsNotEncryptedInPlace() throws Exception {
        Path data = dir.resolve("old");
        Installation inst = Installation.resolve("danfeng", data.toString(), null);
        try (DataDirectory d = inst.lock()) {
            Services.get(DatabaseManager.class).open(inst.database(d));
            Services.get(DatabaseManager.class).close();
        }
        assertThrows(IllegalStateException.class, inst::encryptNewDatabase);
        assertFalse(Files.exists(data.resolve(Installation.DB_KEY_FILE)));
        try (DataDirectory d = inst.lock()) {
            DatabaseConfig c = inst.database(d);
            assertFalse(c.url().contains("CIPHER"), c.url());
        }
    }

    private static Connection rawConnect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        Connection c = new org.h2.Driver().connect(url, p);
        c.close();
        return c;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
