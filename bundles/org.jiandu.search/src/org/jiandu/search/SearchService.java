package org.jiandu.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jiandu.core.Progress;
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

    /** Writes a batch result as an XLSX workbook (summary and term × document matrix); audited as an export. */
    void exportBatch(Subject subject, BatchResult result, Path xlsx) throws IOException;

    /**
     * Copies the originals of the chosen hits into an empty folder with a SHA-256 manifest. Hits outside the
     * subject's scope are skipped and said so; the export is written to the audit log.
     */
    ExportReport export(Subject subject, List<String> hitIds, Path folder);

    /** The original file of a hit, for opening it; empty outside the scope. Audited as an open. */
    Optional<Path> open(Subject subject, String hitId);

    /**
     * The id of the first unit (the file, or its first page or sheet) of an indexed file within the subject's
     * scope, for commands that name a file rather than a hit; empty when it is not indexed there. Reads no content.
     */
    Optional<String> unitOf(Subject subject, Path file);

    /**
     * Reads the file of one hit again (after it was changed, or when OCR became available) with the organisation
     * and case it was indexed with. A file that is gone is removed from the index.
     */
    IndexReport reindex(Subject subject, String hitId);

    /** The star, written as a tag. */
    String STAR = "★";

    /**
     * Adds or removes one of the subject's own tags on the document of a hit (all its pages). Tags are per user
     * and survive re-indexing; {@code tag:NAME} in a query finds the subject's tagged documents.
     */
    void tag(Subject subject, String hitId, String tag, boolean on);

    /** The subject's tags on the document of a hit. */
    Set<String> tags(Subject subject, String hitId);

    /** The subject's tags by document path (for marking hits in a list). */
    Map<String, Set<String>> taggedDocuments(Subject subject);

    /** The subject's tags with the number of documents each is on. */
    Map<String, Long> tagCounts(Subject subject);

    /** Folders indexed so far that lie in the subject's scope. */
    List<ArchiveFolderView> folders(Subject subject);

    /** Turns watching of an indexed folder on or off. */
    void setWatched(Subject subject, Path folder, boolean watched);

    /**
     * Watches the subject's watched folders and re-indexes one when its files change (after a quiet second), with
     * the organisation and case it was indexed with. Each run's report goes to the listener. Close to stop.
     */
    AutoCloseable watch(Subject subject, Consumer<IndexReport> listener);
}
