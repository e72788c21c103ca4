package org.jiandu.search;

import java.util.List;

/**
 * What an indexing run did. Files are counted, not pages.
 *
 * @param failed one entry per file that could not be read, with the reason
 * @param cancelled true when the run was cancelled; what was committed before stays
 */
public record IndexReport(int added, int updated, int deleted, int unchanged, List<FileError> failed,
        boolean cancelled) {

    public record FileError(String path, String error) {
    }
}
