package org.jiandu.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jiandu.core.security.Subject;

/**
 * Full-text search of case materials. Every call is limited to the subject's jurisdiction scope here, inside the
 * service, and written to the audit log: nothing outside the scope is returned, counted or faceted.
 */
public interface SearchService {

    /**
     * Indexes the files under the folders incrementally (new, changed and deleted files). Documents belong to
     * {@code orgCode} (a township or another organisation in the subject's scope; the subject's scope root when
     * null) and, optionally, a case number. Commits at least every two seconds and at the end (also when
     * cancelled): a crash loses at most the files since the last commit, and the next run redoes them.
     */
    IndexReport index(Subject subject, List<Path> folders, String orgCode, String caseNo, Progress progress);

    /**
     * @param limit hits to return (the total still counts every match)
     * @throws QuerySyntaxException with the position of the error
     */
    default SearchResult search(Subject subject, String query, int limit) throws QuerySyntaxException {
        return search(subject, query, limit, false);
    }

    /** @param newestFirst order by the file's date, newest first, instead of by relevance */
    SearchResult search(Subject subject, String query, int limit, boolean newestFirst) throws QuerySyntaxException;

    /** The full text of one unit with the query's matches marked, for the preview; empty outside the scope. */
    Optional<String> preview(Subject subject, String hitId, String query) throws QuerySyntaxException;

    /**
     * Searches each term as an exact string (a name, a phrase) and returns the term × unit hit matrix over
     * everything in the subject's scope. Audited as one query per batch.
     */
    BatchResult batch(Subject subject, List<String> terms, Progress progress);

    /**
     * Copies the originals of the chosen hits into an empty folder with a SHA-256 manifest. Hits outside the
     * subject's scope are skipped and said so; the export is written to the audit log.
     */
    ExportReport export(Subject subject, List<String> hitIds, Path folder);

    /** The original file of a hit, for opening it; empty outside the scope. Audited as an open. */
    Optional<Path> open(Subject subject, String hitId);
}
