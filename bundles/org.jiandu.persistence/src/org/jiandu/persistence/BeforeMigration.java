package org.jiandu.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.util.List;

import org.jiandu.core.Progress;

/**
 * Told before the embedded database of a data directory is brought to a changed schema (a new version's first start,
 * whether it came as an update or as a new archive unpacked by hand), while nothing has changed it yet. Registered
 * by the backup bundle, which makes a backup then. Called only for an H2 file database that holds data: a server's
 * schema is its administrator's step ({@code jiandu db migrate}).
 */
public interface BeforeMigration {

    /**
     * What to write into the audit log once the database is open: the log is in the database, which may not be
     * written before it is migrated. Written after every migration, it also moves the database's {@link DatabaseHead}.
     */
    record Audited(String action, String target, String detail) {
    }

    /**
     * @param connection a connection to the database as it is, for H2's online {@code BACKUP TO}
     * @param config     the database, whose {@link DatabaseConfig#keys()} is the data directory
     * @param changelogs the changelogs that changed since the database was last brought up to date
     * @param progress   told of the backup's files; when cancelled, no backup is made (an {@code IOException})
     * @return what to audit: the backup made, or the backup found to hold the database as it is
     * @throws IOException when no backup could be made: the database is then neither migrated nor opened
     */
    Audited beforeMigration(Connection connection, DatabaseConfig config, List<String> changelogs, Progress progress)
            throws IOException;
}
