package org.jiandu.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseHead;
import org.jiandu.persistence.H2OnlineBackup;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The database, copied while it is in use. The embedded H2 file through H2's online {@code BACKUP TO}: a consistent
 * copy of what was committed, pages as they are on disk, so an encrypted database stays encrypted (its key,
 * {@code db.key}, is not in the backup), with the head the copy holds ({@link DatabaseHead#FILE}). A server
 * through {@code pg_dump} ({@link PgDump}), beside the data copy.
 */
@Component(service = BackupPart.class)
public class DatabaseBackupPart implements BackupPart {

    /** The server's dump in a backup, outside {@code data/}: restoring it is the server administrator's step. */
    public static final String PG_DUMP_FILE = "database.pgdump";

    @Reference
    Database database;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> copy(Path backup, Progress progress) throws IOException {
        DatabaseConfig config = database.config();
        Path h2 = config.h2File();
        if (h2 == null) {
            String schema = database.read(em -> (String) em.createNativeQuery("select current_schema()").getSingleResult());
            return PgDump.dump(config, schema, backup.resolve(PG_DUMP_FILE), progress);
        }
        progress.worked(0, 1, name());
        try {
            database.txRun(em -> {
                Connection c = em.unwrap(Connection.class);
                try {
                    DatabaseHead before = head(c);
                    H2OnlineBackup.copy(c, h2, backup);
                    // the head the copy holds, when nothing was committed meanwhile (each change moves the head)
                    if (before != null && before.equals(head(c))) {
                        Files.writeString(backup.resolve(DatabaseHead.FILE), before + "\n", StandardCharsets.US_ASCII);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.worked(1, 1, name());
        return List.of();
    }

    /** Null when it cannot be read: the backup is made all the same, only without {@link DatabaseHead#FILE}. */
    private static DatabaseHead head(Connection c) {
        try {
            return DatabaseHead.of(c);
        } catch (SQLException e) {
            return null;
        }
    }
}
