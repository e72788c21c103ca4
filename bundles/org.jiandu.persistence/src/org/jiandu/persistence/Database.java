package org.jiandu.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * An open, migrated database, registered as an OSGi service by {@link DatabaseManager#open}. Services that need
 * persistence reference it, so they become available exactly when a database is open.
 */
public interface Database {

    EntityManagerFactory emf();

    /** The configuration it was opened with. */
    DatabaseConfig config();

    /** Runs work in one transaction; rolls back on any exception, which is rethrown. */
    <T> T tx(Function<EntityManager, T> work);

    default void txRun(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only work with a fresh entity manager. */
    <T> T read(Function<EntityManager, T> work);

    /** e.g. "H2 2.3.232" or "PostgreSQL 15.18". */
    String productName();
}
