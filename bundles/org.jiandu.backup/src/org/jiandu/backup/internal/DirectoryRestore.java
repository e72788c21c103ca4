package org.jiandu.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.RestoreReport;
import org.jiandu.backup.RestoreService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.core.backup.TreeCopy;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.jiandu.persistence.OwnerOnly;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A backup made into a new data directory: every hash checked first (nothing is written for a damaged backup), the
 * installation rebuilt in a temporary folder beside the target, its audit chain verified with the backup's own key
 * and checkpoint, and only then renamed into place. A restore that fails at any step leaves no target behind.
 */
@Component(service = RestoreService.class)
public class DirectoryRestore implements RestoreService {

    /** Where the persistence bundle puts a server's {@code pg_dump} in a backup, beside {@code data/}. */
    static final String SERVER_DUMP = "database.pgdump";

    @Reference
    DatabaseManager databases;

    @Override
    public RestoreReport restore(Path backup, Path target, Path dbKey, Progress progress) {
        Path from = backup.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException(NLS.bind(BackupMessages.no_backup, from));
        }
        Manifest m = Manifest.read(from);
        try {
            String problem = m.problem(from, true, progress);
            if (problem != null) {
                throw new IllegalArgumentException(NLS.bind(BackupMessages.damaged, from, problem));
            }
            if (!empty(to)) {
                throw new IllegalArgumentException(NLS.bind(BackupMessages.target_not_empty, to));
            }
            Path data = from.resolve(BackupPart.DATA);
            boolean encrypted = "AES".equals(new Installation(Installation.productCounty(), data, null).settings()
                    .getProperty(Installation.SETTING_DB_CIPHER));
            if (encrypted && (dbKey == null || !Files.isRegularFile(dbKey))) {
                throw new IllegalArgumentException(NLS.bind(BackupMessages.needs_key, Installation.DB_KEY_FILE));
            }
            Path parent = to.getParent();
            Files.createDirectories(parent);
            Path work = parent.resolve("." + to.getFileName() + ".restoring-" + UUID.randomUUID().toString().substring(0, 8));
            try {
                OwnerOnly.createDirectories(work);
                int files = TreeCopy.copyTree(data, work, "restore", progress);
                if (encrypted) {
                    Files.writeString(work.resolve(Installation.DB_KEY_FILE), Files.readString(dbKey, StandardCharsets.US_ASCII)
                            .strip(), StandardCharsets.US_ASCII);
                }
                List<String> notes = new ArrayList<>();
                long entries = verify(work, from, notes);
                OwnerOnly.tighten(work);
                Files.deleteIfExists(to); // an empty directory given as the target
                BackupWriter.move(work, to);
                work = null;
                return new RestoreReport(to, files, m.bytes(), entries, List.copyOf(notes));
            } finally {
                if (work != null) {
                    BackupFolders.delete(work);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(NLS.bind(BackupMessages.restore_failed, to, e.getMessage()), e);
        }
    }

    /**
     * Opens the rebuilt installation's database and walks its audit chain with the backup's key and checkpoint; a
     * database on a server is not in the data directory and is restored by its administrator (a note says how).
     *
     * @return the entries verified, or -1 for a server
     */
    private long verify(Path work, Path backup, List<String> notes) {
        if (!Files.isRegularFile(DataDirectory.defaultH2DataFile(work))) {
            String server = Installation.resolve(null, work.toString(), null).settings().getProperty(
                    Installation.SETTING_DB_URL, "?");
            notes.add(NLS.bind(Files.isRegularFile(backup.resolve(SERVER_DUMP)) ? BackupMessages.server_note
                    : BackupMessages.server_no_dump, backup.resolve(SERVER_DUMP),
                    server.replaceAll("(?i)password=[^&;]*", "password=***")));
            return -1;
        }
        Installation inst = Installation.resolve(null, work.toString(), null);
        try (DataDirectory d = DataDirectory.open(work)) {
            AuditLog.VerifyResult r;
            try {
                r = databases.verifyAudit(inst.database(d));
            } catch (DatabaseException e) {
                throw new IllegalArgumentException(NLS.bind(BackupMessages.db_unopenable, e.getMessage()), e);
            }
            if (!r.intact()) {
                throw new IllegalArgumentException(NLS.bind(BackupMessages.audit_broken, r.firstBadSeq(), r.problem()));
            }
            return r.entries();
        }
    }

    private static boolean empty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    @Override
    public List<BackupInfo> list(Path folder, boolean verify) {
        return BackupFolders.list(folder.toAbsolutePath().normalize(), verify);
    }

    @Override
    public BackupInfo check(Path backup, boolean verify) {
        return BackupFolders.check(backup.toAbsolutePath().normalize(), verify);
    }
}
