package org.jiandu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.backup.BackupPart;

/**
 * A consistent copy of an embedded H2 database while it is in use, through H2's online {@code BACKUP TO}: what was
 * committed, pages as they are on disk, so an encrypted database stays encrypted. Laid out as in a data directory:
 * {@code backup/data/db/NAME.mv.db}.
 */
public final class H2OnlineBackup {

    /**
     * The file beside {@code data/} in a backup that names the last audit entry the copied database holds, as
     * {@code SEQ HASH}: which state of the database the backup is of. Written only when no entry was appended while
     * the copy was made.
     */
    public static final String AUDIT_HEAD_FILE = "audit-head";

    private H2OnlineBackup() {
    }

    /** The database's last audit entry as {@code SEQ HASH}, or null when it has none (or no audit log yet). */
    public static String auditHead(Connection connection) {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select LAST_SEQ, LAST_HASH from AUDIT_HEAD where ID = 1")) {
            return rs.next() && rs.getString(2) != null ? rs.getLong(1) + " " + rs.getString(2) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Whether the database is still in the state {@code head} ({@link #auditHead}) names: its log has that entry, and
     * after it only what {@code jiandu update} writes after its backup: backups ({@code export} of {@code backup:…})
     * and changes of the installation ({@code change} of {@code installation:…}). Every change of data is audited
     * in its own transaction, so nothing else has changed either; a read or a login after the backup counts too, so
     * that a restore of the backup would lose no entry but these.
     */
    public static boolean unchangedSince(Connection connection, String head) {
        String[] h = head == null ? new String[0] : head.strip().split(" ");
        if (h.length != 2 || !h[0].matches("\\d{1,18}")) {
            return false;
        }
        long seq = Long.parseLong(h[0]);
        try (PreparedStatement at = connection.prepareStatement("select HASH from AUDIT_ENTRY where SEQ = ?");
                PreparedStatement after = connection.prepareStatement(
                        "select ACTION, TARGET from AUDIT_ENTRY where SEQ > ? order by SEQ")) {
            at.setLong(1, seq);
            try (ResultSet rs = at.executeQuery()) {
                if (!rs.next() || !h[1].equals(rs.getString(1))) {
                    return false;
                }
            }
            after.setLong(1, seq);
            try (ResultSet rs = after.executeQuery()) {
                while (rs.next()) {
                    String action = rs.getString(1);
                    String target = String.valueOf(rs.getString(2));
                    boolean backup = AuditLog.EXPORT.equals(action) && target.startsWith("backup:");
                    boolean installation = AuditLog.CHANGE.equals(action) && target.startsWith("installation:");
                    if (!backup && !installation) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * @param connection a connection to the database
     * @param h2File     the database's file without {@code .mv.db} ({@link DatabaseConfig#h2File()})
     * @param backup     the backup's folder
     */
    public static void copy(Connection connection, Path h2File, Path backup) throws IOException {
        Path zip = backup.resolve("h2-backup.zip");
        String head = auditHead(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path db = backup.resolve(BackupPart.DATA).resolve("db");
        Files.createDirectories(db);
        String want = h2File.getFileName() + ".mv.db";
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
        if (head != null && head.equals(auditHead(connection))) {
            Files.writeString(backup.resolve(AUDIT_HEAD_FILE), head + "\n", StandardCharsets.US_ASCII);
        }
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
