package org.jiandu.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
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
        Path zip = backup.resolve("h2-backup.zip");
        try {
            database.txRun(em -> {
                try (Statement s = em.unwrap(Connection.class).createStatement()) {
                    s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException(e.getMessage(), e));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path db = backup.resolve(DATA).resolve("db");
        Files.createDirectories(db);
        String want = h2.getFileName() + ".mv.db";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(want)) {
                    copy(in, db.resolve(want));
                }
            }
        } finally {
            Files.deleteIfExists(zip);
        }
        if (!Files.exists(db.resolve(want))) {
            throw new IOException("H2's backup of " + config.safeUrl() + " holds no " + want);
        }
        progress.worked(1, 1, name());
        return List.of();
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
