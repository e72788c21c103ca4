package org.jiandu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jiandu.core.backup.BackupPart;

/**
 * A consistent copy of an embedded H2 database while it is in use, through H2's online {@code BACKUP TO}: what was
 * committed, pages as they are on disk, so an encrypted database stays encrypted. Laid out as in a data directory:
 * {@code backup/data/db/NAME.mv.db}.
 */
public final class H2OnlineBackup {

    private H2OnlineBackup() {
    }

    /**
     * @param connection a connection to the database
     * @param h2File     the database's file without {@code .mv.db} ({@link DatabaseConfig#h2File()})
     * @param backup     the backup's folder
     */
    public static void copy(Connection connection, Path h2File, Path backup) throws IOException {
        Path zip = backup.resolve("h2-backup.zip");
        try (Statement s = connection.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path db = backup.resolve(BackupPart.DATA).resolve("db");
        Files.createDirectories(db);
        String want = DatabaseConfig.h2DataFile(h2File).getFileName().toString();
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
            throw new IOException("H2's backup of " + h2File + " holds no " + want);
        }
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
