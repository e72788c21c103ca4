package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.Installation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an installation's data directory remembers between starts, and when it counts as new. */
class InstallationTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryIsNewUntilItHoldsADatabaseOrADatabaseSetting() throws Exception {
        Path data = dir.resolve("data");
        assertTrue(Installation.resolve("danfeng", data.toString(), null).isNew(), "missing directory");
        Files.createDirectories(data.resolve("db"));
        assertTrue(Installation.resolve("danfeng", data.toString(), null).isNew(), "empty layout");
        assertFalse(Installation.resolve("danfeng", data.toString(), "jdbc:postgresql://h/x").isNew(),
                "a database named on the command line decides for itself");
        Files.writeString(data.resolve("db").resolve("jiandu.mv.db"), "");
        assertFalse(Installation.resolve("danfeng", data.toString(), null).isNew());
        // a directory that was used (its audit checkpoint is there) and lost its database file is not new: opening it
        // says the database is missing, where a new setup would have gone over its remains
        Files.delete(data.resolve("db").resolve("jiandu.mv.db"));
        Files.writeString(data.resolve("audit.anchor"), "1 212 0000");
        assertFalse(Installation.resolve("danfeng", data.toString(), null).isNew(), "a checkpoint without its database");
    }

    @Test
    void theCountyOfASetUpDirectoryWinsOverTheBuildsDefault() {
        Installation luonan = Installation.resolve("luonan", dir.toString(), null);
        luonan.saveSetting(Installation.SETTING_COUNTY, "luonan");
        assertEquals("luonan", Installation.resolve(null, dir.toString(), null).county().id());
        assertEquals("danfeng", Installation.resolve("danfeng", dir.toString(), null).county().id(), "--county still wins");
    }

    @Test
    void aServerChosenAtSetupKeepsItsPasswordOutOfTheSettingsInAnOwnerOnlyFile() throws Exception {
        Installation inst = Installation.resolve("danfeng", dir.toString(), null);
        inst.rememberDatabase(new DatabaseConfig("jdbc:postgresql://10.0.0.5/jiandu?user=jd&password=Secret-1", null, null));
        String settings = Files.readString(dir.resolve(Installation.SETTINGS_FILE));
        assertFalse(settings.contains("Secret-1"), settings);
        assertTrue(settings.contains("10.0.0.5"), settings);
        Path secret = dir.resolve(Installation.DB_SECRET_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        DatabaseConfig next = inst.database(null);
        assertEquals("jdbc:postgresql://10.0.0.5/jiandu?user=jd", next.url());
        assertEquals(System.getenv("JIANDU_DB_PASSWORD") != null ? System.getenv("JIANDU_DB_PASSWORD") : "Secret-1",
                next.password());
    }
}
