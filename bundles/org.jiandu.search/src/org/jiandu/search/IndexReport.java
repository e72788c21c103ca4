package org.jiandu.search;

import java.util.List;

/**
 * What an indexing run did. Files are counted, not pages.
 *
 * @param failed    one entry per file that could not be read, with the reason
 * @param cancelled true when the run was cancelled; what was committed before stays
 * @param partial   one entry per file indexed only in part (a text beyond the per-unit limit), with what was left out
 */
public record IndexReport(int added, int updated, int deleted, int unchanged, List<FileError> failed,
        boolean cancelled, List<FileError> partial) {

    public IndexReport(int added, int updated, int deleted, int unchanged, List<FileError> failed, boolean cancelled) {
        this(added, updated, deleted, unchanged, failed, cancelled, List.of());
    }

    public record FileError(String path, String error) {
    }
}
