package org.jiandu.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * An open, migrated database, registered as an OSGi service by {@link DatabaseManager#open}. Services that need
 * persistence reference it, so they become available exactly when a database is open.
 */
public interface Database {

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

    /**
     * The persistence unit of a module bundle over this same database. The module's Liquibase changelog (a resource
     * of its bundle with a path of its own, e.g. {@code db/search/changelog.yaml}) is applied first, then the unit
     * named in the module's {@code META-INF/persistence.xml} is opened with the module's class loader. Opened once
     * per unit and closed with this database; module entities refer to core rows by code, never by relation.
     *
     * @throws DatabaseException when the changelog cannot be applied or the unit cannot be opened
     */
    Database module(String unitName, ClassLoader loader, String changelog);

    /** e.g. "H2 2.3.232" or "PostgreSQL 15.18". */
    String productName();
}
