package org.jiandu.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.H2OnlineBackup;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The database, copied while it is in use. The embedded H2 file through H2's online {@code BACKUP TO}: a consistent
 * copy of what was committed, pages as they are on disk, so an encrypted database stays encrypted (its key,
 * {@code db.key}, is not in the backup). A server through {@code pg_dump} ({@link PgDump}), beside the data copy.
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
            return PgDump.dump(config, backup.resolve(PG_DUMP_FILE), progress);
        }
        progress.worked(0, 1, name());
        try {
            database.txRun(em -> {
                try {
                    H2OnlineBackup.copy(em.unwrap(Connection.class), h2, backup);
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
}
