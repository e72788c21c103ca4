package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.Progress;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file cut short (a copy interrupted, a full disk) is opened by H2 at its last whole state, which can be
 * the empty database it once was. Such a start is refused as a damaged database, naming the audit checkpoint that
 * shows it, instead of being migrated and offered a new setup over the installation's remains; so is a database file
 * that is missing.
 */
class CutShortDatabaseTest {

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        Services.get(DatabaseManager.class).close();
    }

    @Test
    void aDatabaseOpenedEmptyWhereTheCheckpointSawEntriesIsRefused() throws Exception {
        CountyProfile danfeng = CountyProfile.require("danfeng");
        Path db = root.resolve("db").resolve("jiandu.mv.db");
        long empty;
        try (DataDirectory dir = DataDirectory.open(root)) {
            Services.get(DatabaseManager.class).open(dir.defaultDatabase(), Progress.NONE);
            Services.get(DatabaseManager.class).close();
            empty = Files.size(db); // the new database, its schema and nothing else
            Services.get(DatabaseManager.class).open(dir.defaultDatabase(), Progress.NONE);
            Services.get(DemoDataService.class).load(List.of(danfeng), danfeng, "admin-pass-1".toCharArray());
            Services.get(DatabaseManager.class).close();
        }
        byte[] whole = Files.readAllBytes(db);
        assertTrue(whole.length > empty, whole.length + " bytes, " + empty + " when new");
        // an interrupted copy that ended where the new database did: H2 opens that state, as if nothing had been set up
        Files.write(db, Arrays.copyOf(whole, (int) empty));

        try (DataDirectory dir = DataDirectory.open(root)) {
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> Services.get(DatabaseManager.class).open(dir.defaultDatabase(), Progress.NONE));
            assertEquals(DatabaseException.Reason.DAMAGED, e.reason());
            assertTrue(e.detail().contains("audit.anchor") && e.detail().contains("nothing was changed"), e.detail());
            // refused again at the next start: the refused one set nothing up in its place
            DatabaseException again = assertThrows(DatabaseException.class,
                    () -> Services.get(DatabaseManager.class).open(dir.defaultDatabase(), Progress.NONE));
            assertEquals(DatabaseException.Reason.DAMAGED, again.reason());
        }
        assertFalse(Services.tryGet(Database.class, 100) != null, "no database registered");

        // the file gone altogether: refused before H2 makes an empty one in its place
        Files.delete(db);
        try (DataDirectory dir = DataDirectory.open(root)) {
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> Services.get(DatabaseManager.class).open(dir.defaultDatabase(), Progress.NONE));
            assertEquals(DatabaseException.Reason.DAMAGED, e.reason());
            assertTrue(e.detail().contains("missing"), e.detail());
        }
        assertFalse(Files.exists(db), "no empty database made");
    }
}
