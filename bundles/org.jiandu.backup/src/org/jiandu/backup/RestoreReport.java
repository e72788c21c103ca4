package org.jiandu.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What a restore did.
 *
 * @param target       the new data directory
 * @param files        files restored
 * @param bytes        their size together
 * @param auditEntries audit entries verified, or -1 when the database is on a server (not in the data directory)
 * @param notes        what the user still has to do (a server's dump to restore), in the user's language
 */
public record RestoreReport(Path target, int files, long bytes, long auditEntries, List<String> notes) {
}
