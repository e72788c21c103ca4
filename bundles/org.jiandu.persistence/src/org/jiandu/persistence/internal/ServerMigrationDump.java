package org.jiandu.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.Progress;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.OwnerOnly;

/**
 * The dump of a PostgreSQL database that {@code jiandu db migrate} is about to bring to a changed changelog: made
 * with {@code pg_dump} as the schema's owner before anything is migrated, the counterpart of the backup an embedded
 * database gets before its migration. Written under a partial name and renamed once whole, owner-only; when it cannot
 * be made the migration stops, so a schema is never changed without a copy of it as it was.
 */
final class ServerMigrationDump {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ServerMigrationDump() {
    }

    /**
     * A folder of its own is made owner-only; one that exists keeps its rights (it may be a shared backup folder) but
     * is refused when other accounts may write it, as they could put their own file in the dump's place.
     */
    private static void folder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            OwnerOnly.createDirectories(folder);
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(NLS.bind(BackupMessages.migrate_not_a_folder, folder));
        }
        if (OwnerOnly.othersMayWrite(folder)) {
            throw new IOException(NLS.bind(BackupMessages.migrate_folder_shared, folder));
        }
    }

    /**
     * @param changelogs the changelogs this installation would apply (name → the loader that holds it)
     * @return the dump, or null when the schema is new or holds none of them changed (nothing to keep)
     * @throws DatabaseException when the dump cannot be made (nothing has been migrated then)
     */
    static Path before(DatabaseConfig owner, Map<String, ClassLoader> changelogs, Path folder, Progress progress) {
        String schema;
        try (Connection c = Jdbc.connect(owner)) {
            if (ChangelogDigests.changed(c, changelogs).isEmpty()) {
                return null;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_schema()")) {
                rs.next();
                schema = rs.getString(1);
            }
        } catch (SQLException e) {
            throw JpaDatabaseManager.describe(owner, e);
        }
        Path partial = null;
        try {
            folder(folder);
            String base = "jiandu-before-migrate-" + TIME.format(LocalDateTime.now());
            Path out = folder.resolve(base + ".pgdump");
            for (int i = 2; Files.exists(out); i++) {
                out = folder.resolve(base + "-" + i + ".pgdump");
            }
            partial = Files.createFile(folder.resolve(out.getFileName() + ".partial"), OwnerOnly.fileAttributes());
            PgDump.Failure failed = PgDump.run(owner, schema, true, partial, progress);
            if (failed != null) {
                throw new DatabaseException(DatabaseException.Reason.MIGRATION, owner.safeUrl(),
                        failed.notFound() ? "pg_dump not found" : failed.why(), failed.notFound()
                                ? NLS.bind(BackupMessages.migrate_no_pg_dump, owner.safeUrl())
                                : NLS.bind(BackupMessages.migrate_pg_dump_failed, owner.safeUrl(), failed.why()), null);
            }
            OwnerOnly.tightenEntry(partial); // in case pg_dump made the file anew under its umask
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            return out;
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.MIGRATION, owner.safeUrl(), e.getMessage(),
                    NLS.bind(BackupMessages.migrate_pg_dump_failed, owner.safeUrl(), e.getMessage()), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the next dump has a name of its own; a leftover partial holds nothing a restore would take
                }
            }
        }
    }
}
