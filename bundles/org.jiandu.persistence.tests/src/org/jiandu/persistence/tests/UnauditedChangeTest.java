package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.City;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.persistence.EntityManager;

/**
 * Every change commits with its audit entry: a transaction that changes rows (an entity persisted, changed or removed,
 * flushed early or not, a bulk or native update) and appends no entry, or only the entry of a read, is rolled back with
 * an error naming what kind of rows it changed; so is one begun on an entity manager of {@code read}. The same work
 * with its entry commits, and a transaction that only reads needs none.
 */
class UnauditedChangeTest {

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    private static Database open(String kind, Path dir) throws Exception {
        Services.get(DatabaseManager.class).open(TestDatabases.fresh(kind, dir));
        Database db = Services.get(Database.class);
        db.txRun(em -> {
            Services.get(AuditLog.class).append(em, "test", AuditLog.CHANGE, "city:shangluo", "fixture");
            em.persist(new City("shangluo", "商洛市", null));
        });
        return db;
    }

    private static long entries() {
        return Services.get(AuditLog.class).verify().entries();
    }

    private static City city(EntityManager em) {
        return em.createQuery("select c from City c where c.code = 'shangluo'", City.class).getSingleResult();
    }

    private static String cityName(Database db) {
        return db.read(em -> city(em).getName());
    }

    private static void refused(Database db, String kind, Consumer<EntityManager> change) {
        long before = entries();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.txRun(change));
        assertTrue(e.getMessage().contains("without an audit entry") && e.getMessage().contains(kind), e.getMessage());
        assertEquals(before, entries());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangeWithoutItsEntryIsRolledBack(String kind) throws Exception {
        Database db = open(kind, dir);
        refused(db, "City", em -> em.persist(new City("xian", "西安市", null)));
        refused(db, "City", em -> city(em).setName("改名"));
        refused(db, "City", em -> {
            city(em).setName("先写");
            em.flush(); // written early, still refused at the commit
        });
        refused(db, "City", em -> em.remove(city(em)));
        refused(db, "City", em -> em.createQuery("update City c set c.name = '批量'").executeUpdate());
        refused(db, "a native update", em -> em.createNativeQuery("update ORG_NODE set NAME = 'SQL'").executeUpdate());
        refused(db, "City", em -> { // an audited read is not the entry of a change
            Services.get(AuditLog.class).append(em, "test", AuditLog.READ, "city:shangluo", "looked at");
            city(em).setName("读后改");
        });
        long before = entries();
        RuntimeException beside = assertThrows(RuntimeException.class, () -> db.read(em -> {
            em.getTransaction().begin(); // a transaction of its own, beside Database.tx, cannot hold an entry
            city(em).setName("旁路");
            em.getTransaction().commit();
            return null;
        }));
        Throwable cause = beside; // EntityTransaction.commit wraps it in a RollbackException
        while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains("without an audit entry")) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(cause.getMessage()).contains("without an audit entry"), String.valueOf(beside));
        assertEquals(before, entries());
        assertEquals(1L, db.read(em -> em.createQuery("select count(c) from City c", Long.class).getSingleResult()));
        assertEquals("商洛市", cityName(db));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSameChangeWithItsEntryCommitsAndAReadNeedsNone(String kind) throws Exception {
        Database db = open(kind, dir);
        long before = entries();
        assertEquals("商洛市", db.tx(em -> city(em).getName())); // reads, changes nothing
        db.txRun(em -> {
            city(em).setName("商洛");
            Services.get(AuditLog.class).append(em, "test", AuditLog.CHANGE, "city:shangluo", "renamed");
        });
        assertEquals("商洛", cityName(db));
        assertEquals(before + 1, entries());
    }
}
