package org.jiandu.persistence;

import java.nio.file.Path;

import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;

/**
 * Opens the database of an installation: migrates its schema to the current version (Liquibase), creates the
 * JPA factory and registers the {@link Database} service. One database at a time.
 */
public interface DatabaseManager {

    /**
     * @throws DatabaseException with a message naming the database and the reason (bad URL, wrong password,
     *                           locked or corrupt file, failed migration); nothing is registered then
     */
    default Database open(DatabaseConfig config) {
        return open(config, Progress.NONE);
    }

    /**
     * As {@link #open(DatabaseConfig)}, telling {@code progress} of the backup made first when the schema changed (a
     * new version's first start), which may take minutes; cancelling it refuses the start and changes nothing.
     */
    Database open(DatabaseConfig config, Progress progress);

    /**
     * Connects once and disconnects, without migrating or registering anything: how setup tries a server before
     * going on.
     *
     * @return the database's product name and version
     * @throws DatabaseException naming the database and the reason, as {@link #open} would
     */
    String probe(DatabaseConfig config);

    /**
     * The administrator step for a server ({@code jiandu db migrate}): as the schema's owner, applies the core's and
     * every installed module's changelog, then (PostgreSQL, {@code appRole} not null) grants the workbench's own
     * account read/write on the application's tables and sequences, only SELECT and INSERT on the audit log and only
     * SELECT on the migration history. Nothing is opened or registered.
     *
     * <p>Before a PostgreSQL schema that holds an installation is brought to a changed changelog, it is dumped with
     * {@code pg_dump} into {@code dumpFolder} (owner-only, named {@code jiandu-before-migrate-YYYYMMDD-HHMMSS.pgdump}, for
     * {@code pg_restore}); when the dump cannot be made nothing is migrated. A new schema, or one already up to date,
     * needs no dump.
     *
     * @param dumpFolder where the dump goes; null for none (the administrator has backed the database up otherwise)
     * @param progress   told of the dump; cancelling it stops before anything is migrated
     * @return the dump written, or null when none was needed or asked for
     * @throws DatabaseException naming the database and the reason
     */
    Path migrate(DatabaseConfig owner, String appRole, Path dumpFolder, Progress progress);

    /** {@link #migrate(DatabaseConfig, String, Path, Progress)} with no dump. */
    default void migrate(DatabaseConfig owner, String appRole) {
        migrate(owner, appRole, null, Progress.NONE);
    }

    /**
     * Checks the audit chain of a database that is not open here (a backup's copy being restored) against the audit
     * key and checkpoint in {@code config.keys()}, without migrating, registering or changing anything in it.
     *
     * @throws DatabaseException when the database cannot be opened (a wrong key, a damaged file)
     */
    AuditLog.VerifyResult verifyAudit(DatabaseConfig config);

    /** Unregisters and closes the open database, if any. */
    void close();
}
