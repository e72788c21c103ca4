package org.jiandu.backup.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import org.eclipse.osgi.util.NLS;
import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.Installation;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Backups of the open installation into its {@code backups/} (or a folder given), part by part, through a
 * {@code .partial} folder renamed at the end. Only an administrator backs up by hand: a backup holds the whole
 * installation (every township's cases, the users' password hashes, the audit key), more than any other role may
 * read; the automatic ones run as the installation ({@code system}) whoever is logged in.
 */
@Component(service = BackupService.class)
public class DirectoryBackups implements BackupService {

    static final String SETTING_DAILY = "backup.daily";
    static final String SETTING_KEEP_DAILY = "backup.keep.daily";
    static final String SETTING_KEEP_WEEKLY = "backup.keep.weekly";
    static final String SETTING_KEEP_BEFORE = "backup.keep.before-update";

    private static final Logger LOG = Logger.getLogger(DirectoryBackups.class.getName());

    @Reference
    DataDirectory dir;

    @Reference
    Database database;

    @Reference
    AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<BackupPart> parts;

    @Override
    public BackupInfo backup(Subject subject, Path to, Progress progress) {
        if (subject.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException(BackupMessages.denied_backup);
        }
        return write(BackupInfo.MANUAL, to == null ? folder() : to.toAbsolutePath().normalize(), subject.username(),
                progress);
    }

    @Override
    public Optional<BackupInfo> backupIfDue(Progress progress) {
        Properties s = settings();
        if ("false".equalsIgnoreCase(s.getProperty(SETTING_DAILY, "true").trim())) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now();
        boolean done = list().stream().anyMatch(b -> b.state() != BackupInfo.State.DAMAGED
                && b.created().atZone(ZoneId.systemDefault()).toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(write(BackupInfo.DAILY, folder(), Subject.SYSTEM, progress));
    }

    @Override
    public BackupInfo backupBeforeUpdate(Progress progress) {
        return write(BackupInfo.BEFORE_UPDATE, folder(), Subject.SYSTEM, progress);
    }

    @Override
    public List<BackupInfo> list() {
        return BackupFolders.list(folder(), false);
    }

    @Override
    public Optional<BackupInfo> last() {
        return Optional.ofNullable(BackupFolders.newest(folder()));
    }

    @Override
    public Path folder() {
        return dir.backups();
    }

    /** One backup at a time in this process; another process cannot hold the same data directory. */
    private synchronized BackupInfo write(String kind, Path folder, String actor, Progress progress) {
        try {
            BackupWriter.Written w = BackupWriter.write(folder, kind, parts == null ? List.of() : parts,
                    (created, names) -> meta(kind, created, names), progress,
                    (target, detail) -> audit.append(actor, AuditLog.EXPORT, target, detail));
            if (!BackupInfo.MANUAL.equals(kind) && folder.equals(folder())) {
                applyRetention(folder(), settings());
            }
            return w.info();
        } catch (IOException e) {
            throw new IllegalStateException(NLS.bind(BackupMessages.backup_failed, folder, e.getMessage()), e);
        }
    }

    private Map<String, String> meta(String kind, Instant created, List<String> names) {
        Properties settings = settings();
        boolean encrypted = "AES".equals(settings.getProperty(Installation.SETTING_DB_CIPHER));
        return meta(kind, created, names, settings, database.productName() + (database.config().h2File() == null
                ? ", server (" + database.config().safeUrl() + ")" : encrypted ? ", encrypted (" + Installation.DB_KEY_FILE
                        + " is not in the backup)" : ""));
    }

    /** A manifest's header: what the backup is, of which installation and version, and what it leaves out. */
    static Map<String, String> meta(String kind, Instant created, List<String> names, Properties settings, String database) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "1");
        meta.put("kind", kind);
        meta.put("created", created.toString());
        meta.put("version", FrameworkUtil.getBundle(DirectoryBackups.class) == null ? "?"
                : FrameworkUtil.getBundle(DirectoryBackups.class).getVersion().toString());
        meta.put("county", settings.getProperty(Installation.SETTING_COUNTY, ""));
        meta.put("database", database);
        meta.put("parts", String.join(", ", names));
        meta.put("excluded", Installation.DB_KEY_FILE + ", " + Installation.DB_SECRET_FILE + ", logs/, "
                + DataDirectory.LOCK_FILE);
        return meta;
    }

    /** Removes the automatic backups the retention rule no longer keeps (a failure only costs space: logged). */
    static void applyRetention(Path folder, Properties s) {
        Retention r = new Retention(number(s, SETTING_KEEP_DAILY, Retention.DEFAULT.daily()),
                number(s, SETTING_KEEP_WEEKLY, Retention.DEFAULT.weekly()),
                // at least the newest: the one just made before a migration is never removed before it has served
                Math.max(1, number(s, SETTING_KEEP_BEFORE, Retention.DEFAULT.beforeUpdate())));
        for (BackupInfo old : r.toRemove(BackupFolders.list(folder, false), ZoneId.systemDefault())) {
            try {
                BackupFolders.delete(old.folder());
            } catch (IOException e) {
                LOG.warning("old backup " + old.name() + " not removed: " + e.getMessage());
            }
        }
    }

    private static int number(Properties s, String key, int otherwise) {
        try {
            return Math.max(0, Integer.parseInt(s.getProperty(key, "").trim()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private Properties settings() {
        return settings(dir.root());
    }

    static Properties settings(Path dataDirectory) {
        return new Installation(Installation.productCounty(), dataDirectory, null).settings();
    }
}
