package org.jiandu.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.jiandu.backup.BackupInfo;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.persistence.BeforeMigration;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseHead;
import org.jiandu.persistence.H2OnlineBackup;
import org.jiandu.persistence.Installation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The backup before a new version's first start migrates an installation's database: whether the version came through
 * {@code jiandu update} (which backs up the directory it was run on) or as an archive unpacked by hand, and for every
 * data directory of a shared installation, each at its own next start. Kept like the backups before an update
 * ({@code -before-update}, the last three). The database is copied through the connection the migration will use,
 * the data directory's other parts as in any backup; the search index, which needs the open database, is not in it.
 * None is made when the backup an update has just made still holds the database as it is ({@link #covering}): one
 * backup per update, not two.
 */
@Component(service = BeforeMigration.class)
public class MigrationBackups implements BeforeMigration {

    /** The data directory being opened: the workbench and the command line register it before the database. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DataDirectory dir;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<BackupPart> parts;

    @Override
    public synchronized Audited beforeMigration(Connection connection, DatabaseConfig config, List<String> changelogs,
            Progress progress) throws IOException {
        Progress told = progress;
        progress = saying(told, BackupMessages.before_migration_progress);
        Path root = config.keys();
        Path h2 = config.h2File();
        DataDirectory d = dir;
        if (root == null || h2 == null || d == null || !d.root().toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize())) {
            throw new IOException(NLS.bind(BackupMessages.before_migration_no_dir, root));
        }
        Path folder = d.backups();
        BackupInfo covering = covering(folder, connection, told);
        if (covering != null) {
            return new Audited(AuditLog.CHANGE, "database:schema", "migrating " + String.join(", ", changelogs)
                    + "; the backup " + covering.name() + " made before the update holds the database as it is (nothing"
                    + " changed since), so no other was made");
        }
        List<BackupPart> present = new ArrayList<>();
        for (BackupPart p : parts == null ? List.<BackupPart>of() : parts) {
            if (!"database".equals(p.name())) {
                present.add(p); // the database part serves an open database: there is none yet
            }
        }
        for (String needed : List.of("settings", "files")) {
            if (present.stream().noneMatch(p -> p.name().equals(needed))) {
                // without the settings (the audit key) a restore could not check the copy: no backup at all then
                throw new IOException(NLS.bind(BackupMessages.before_migration_no_dir, root));
            }
        }
        present.add(new ConnectionPart(connection, h2));
        Properties settings = DirectoryBackups.settings(root);
        String[] audited = new String[2];
        try {
            BackupWriter.write(folder, BackupInfo.BEFORE_UPDATE, present, (created, names) -> DirectoryBackups.meta(
                    BackupInfo.BEFORE_UPDATE, created, names, settings, product(connection) + ", before migrating "
                            + String.join(", ", changelogs) + ("AES".equals(settings.getProperty(Installation.SETTING_DB_CIPHER))
                                    ? ", encrypted (" + Installation.DB_KEY_FILE + " is not in the backup)" : "")),
                    progress, (target, detail) -> {
                        audited[0] = target;
                        audited[1] = detail + ", before migrating " + String.join(", ", changelogs);
                    });
        } catch (IOException | RuntimeException e) {
            throw new IOException(NLS.bind(BackupMessages.before_migration_failed, folder, e.getMessage()), e);
        }
        progress.worked(1, 1, null); // done: a progress line ends here
        DirectoryBackups.applyRetention(folder, settings);
        return new Audited(AuditLog.EXPORT, audited[0], audited[1]);
    }

    /**
     * The newest backup when it was made before an update and still holds the database as it is, so that the update's
     * first start does not make a second backup of the same data: its files all match their hashes, it kept the head
     * of the database it copied ({@link DatabaseHead#FILE}), and since then the database's schema is the same and its
     * audit log holds only that backup's own entry, then the update's (an entry on {@code installation:}, which changes
     * nothing else). Every change is audited in its own transaction, so nothing else changed. Null otherwise.
     */
    private static BackupInfo covering(Path folder, Connection connection, Progress told) {
        BackupInfo newest = BackupFolders.newest(folder);
        if (newest == null || !BackupInfo.BEFORE_UPDATE.equals(newest.kind())) {
            return null;
        }
        try {
            Path file = newest.folder().resolve(DatabaseHead.FILE);
            DatabaseHead head = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? DatabaseHead.parse(Files.readString(file, StandardCharsets.US_ASCII)) : null;
            List<String> since = head == null ? null : head.after(connection);
            if (since == null || since.isEmpty() || !since.get(0).equals(AuditLog.EXPORT + " backup:" + newest.name())
                    || since.stream().skip(1).anyMatch(e -> !e.startsWith(AuditLog.CHANGE + " installation:"))) {
                return null;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return null; // in doubt, a backup of its own
        }
        // every hash, as a restore would, the wait shown (a large county's backup takes a while to read)
        Progress checking = saying(told, BackupMessages.before_migration_check);
        BackupInfo checked;
        try {
            checked = BackupFolders.check(newest.folder(), true, checking);
        } catch (RuntimeException cancelled) {
            return null; // the backup that follows sees the cancel and refuses the start, as it says
        }
        if (checked.state() != BackupInfo.State.VERIFIED) {
            return null;
        }
        checking.worked(1, 1, null); // the progress line ends here
        return checked;
    }

    /** {@code told}, saying what the wait is for instead of the names of the files (the parts name them). */
    private static Progress saying(Progress told, String what) {
        return new Progress() {
            @Override
            public void worked(int done, int total, String current) {
                told.worked(done, total, current == null ? null : what);
            }

            @Override
            public boolean isCancelled() {
                return told.isCancelled();
            }
        };
    }

    private static String product(Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "H2";
        }
    }

    /** The embedded database through the connection the migration will use. */
    private record ConnectionPart(Connection connection, Path h2File) implements BackupPart {

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
            H2OnlineBackup.copy(connection, h2File, backup);
            return List.of(BackupMessages.before_migration_note);
        }
    }
}
