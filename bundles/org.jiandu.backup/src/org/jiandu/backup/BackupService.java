package org.jiandu.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jiandu.core.Progress;
import org.jiandu.core.security.Subject;

/**
 * Backups of the open installation, written while it is in use: every {@code BackupPart} present (database,
 * settings and audit checkpoint, {@code files/}, the search index) into {@code backups/YYYYMMDD-HHMMSS[-kind]/} with a
 * SHA-256 manifest. A backup is written into a {@code .partial} folder renamed at the end, so a backup cut short
 * (a crash, kill -9) leaves earlier backups and the installation as they were; the partial folder is removed by the
 * next backup.
 */
public interface BackupService {

    /**
     * A backup now, by an administrator (audited as an export naming the manifest's SHA-256).
     *
     * @param to a folder to write it into instead of the installation's {@code backups/}, or null
     * @throws org.jiandu.core.security.AccessDeniedException for any other role; nothing is written then
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled; nothing is left then
     * @throws IllegalStateException (a sentence for the user) when the backup cannot be written
     */
    BackupInfo backup(Subject subject, Path to, Progress progress);

    /**
     * The automatic daily backup: written when the installation has no backup of today yet (and automatic backups
     * are not switched off in {@code settings.properties}), then old automatic backups are removed by the retention
     * rule. For the workbench to call once the user is logged in; runs as the installation, not as the user.
     *
     * @return the backup written, or empty when none was due
     */
    Optional<BackupInfo> backupIfDue(Progress progress);

    /** An automatic backup before an update or a migration changes the data ({@link BackupInfo#BEFORE_UPDATE}). */
    BackupInfo backupBeforeUpdate(Progress progress);

    /** The installation's backups in {@code backups/}, newest first, quickly checked (sizes, not hashes). */
    List<BackupInfo> list();

    /** The newest complete backup in {@code backups/}, for the status line ("last backup …"). */
    Optional<BackupInfo> last();

    /** The installation's {@code backups/} folder. */
    Path folder();
}
