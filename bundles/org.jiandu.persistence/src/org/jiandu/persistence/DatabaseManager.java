package org.jiandu.persistence;

/**
 * Opens the database of an installation: migrates its schema to the current version (Liquibase), creates the
 * JPA factory and registers the {@link Database} service. One database at a time.
 */
public interface DatabaseManager {

    /**
     * @throws DatabaseException with a message naming the database and the reason (bad URL, wrong password,
     *                           locked or corrupt file, failed migration); nothing is registered then
     */
    Database open(DatabaseConfig config);

    /**
     * Connects once and disconnects, without migrating or registering anything: how setup tries a server before
     * going on.
     *
     * @return the database's product name and version
     * @throws DatabaseException naming the database and the reason, as {@link #open} would
     */
    String probe(DatabaseConfig config);

    /** Unregisters and closes the open database, if any. */
    void close();
}
