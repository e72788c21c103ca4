package org.jiandu.core.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.Progress;

/**
 * What one owner of an installation's data puts into a backup, registered as an OSGi service by that owner: the
 * persistence bundle (the database, settings, the audit key and checkpoint, {@code files/}), the search module (its
 * index). The backup bundle calls every part present, in {@link #order()}, so a build without a module simply has
 * nothing of it in its backups. A part copies a consistent state while the installation may be in use.
 */
public interface BackupPart {

    /** The folder of a backup that mirrors the data directory; a restore copies it into the new directory. */
    String DATA = "data";

    /** A short name for messages and the manifest, e.g. {@code database}, {@code index}. */
    String name();

    /**
     * Parts with a lower order are copied first. The audit checkpoint is copied before the database (a checkpoint
     * behind the database is normal, one ahead of it would read as removed entries).
     */
    int order();

    /**
     * Copies this part's data into {@code backup}: what a restore puts back under {@code backup/}{@link #DATA}, laid
     * out as in a data directory; anything else (a server's dump) beside it.
     *
     * @return sentences for the user about what was not copied and why (e.g. no {@code pg_dump} on the PATH), in
     *         the user's language; empty when everything was copied
     * @throws IOException when the data cannot be read or the backup cannot be written; the backup is then dropped
     */
    List<String> copy(Path backup, Progress progress) throws IOException;
}
