package org.jiandu.backup;

import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.Progress;

/**
 * Restores a backup into a new data directory, and checks backups. No login: it reads only a backup the OS account
 * already holds and writes only a directory that does not exist yet (or is empty), never an installation in use.
 */
public interface RestoreService {

    /**
     * Checks every file's SHA-256 before anything is written, rebuilds the installation in a temporary folder beside
     * {@code target}, opens its database and verifies the audit chain with the backup's audit key and checkpoint,
     * and only then renames it to {@code target} (owner-only, like every data directory).
     *
     * @param dbKey the {@code db.key} of an encrypted database (never in a backup), or null
     * @throws IllegalArgumentException (a sentence naming the bad file, the non-empty target or the broken entry)
     *                                  when the backup is damaged, the target is not empty, the key is missing or the
     *                                  audit chain is broken; nothing is left written then
     */
    RestoreReport restore(Path backup, Path target, Path dbKey, Progress progress);

    /** The backups in {@code folder}, newest first; {@code verify} checks every hash, otherwise only the sizes. */
    List<BackupInfo> list(Path folder, boolean verify);

    /** One backup, checked as {@link #list} does. */
    BackupInfo check(Path backup, boolean verify);
}
