package org.jiandu.search;

import java.time.Instant;

/**
 * A folder of the archive that has been indexed.
 *
 * @param orgCode     the organisation its documents belong to
 * @param caseNo      the case its documents belong to, or null
 * @param watched     true when the running workbench re-indexes it as files change
 * @param lastIndexed end of the last indexing run over it
 * @param olderFormatUnits units under it still in an earlier release's index format: found exactly, but more
 *                    slowly, until the folder is indexed again
 */
public record ArchiveFolderView(String path, String orgCode, String caseNo, boolean watched, Instant lastIndexed,
        long olderFormatUnits) {
}
