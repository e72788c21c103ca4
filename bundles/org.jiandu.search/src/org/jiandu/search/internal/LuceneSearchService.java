package org.jiandu.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jiandu.core.OrgService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.search.ArchiveFolderView;
import org.jiandu.search.BatchResult;
import org.jiandu.search.CaseService;
import org.jiandu.search.ExportReport;
import org.jiandu.search.IndexReport;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchResult;
import org.jiandu.search.SearchService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The search service over one Lucene index in the data directory's {@code index/} folder ({@link SearchIndex}).
 * Every call checks here that the subject may read case materials, then goes to the part that does the work; each
 * part keeps its reads within the subject's scope and writes its own audit entries.
 */
@Component(service = SearchService.class)
public class LuceneSearchService implements SearchService {

    @Reference
    DataDirectory data;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Reference
    SearchStore store;

    @Reference
    CaseService cases;

    private SearchIndex index;
    private IndexedFolders folders;
    private Indexing indexing;
    private Tags tags;
    private Searching searching;
    private Preview preview;
    private HitExport export;
    private BatchSearch batch;

    @Activate
    void activate() {
        index = new SearchIndex(data);
        folders = new IndexedFolders(store, index, audit);
        indexing = new Indexing(index, folders, data, orgs, cases, audit);
        tags = new Tags(store, index, audit);
        searching = new Searching(index, cases, tags, audit);
        preview = new Preview(index, audit);
        export = new HitExport(index, audit);
        batch = new BatchSearch(index, audit);
    }

    @Deactivate
    void close() throws IOException {
        index.close();
    }

    /** The index, for its backup ({@link IndexBackupPart}). */
    SearchIndex index() {
        return index;
    }

    /** Makes the following indexing write units in an earlier index format (for the test of the upgrade path). */
    public void writeFormat(int format) {
        index.writeFormat(format);
    }

    /** Whether every unit in the index is in the current format (a test and the benchmark report it). */
    public boolean currentFormat() {
        return index.currentFormat();
    }

    private static void checkReader(Subject s) {
        if (!s.role().canReadCaseMaterial()) {
            throw new AccessDeniedException(SearchMessages.denied_read);
        }
    }

    @Override
    public IndexReport index(Subject subject, List<Path> roots, String orgCode, String caseNo, Progress progress) {
        checkReader(subject);
        return indexing.index(subject, roots, orgCode, caseNo, progress);
    }

    @Override
    public IndexReport reindex(Subject subject, String hitId) {
        checkReader(subject);
        return indexing.reindex(subject, hitId);
    }

    @Override
    public SearchResult search(Subject subject, String query, int limit, boolean newestFirst)
            throws QuerySyntaxException {
        checkReader(subject);
        return searching.search(subject, query, limit, newestFirst);
    }

    @Override
    public Optional<String> unitOf(Subject subject, Path file) {
        checkReader(subject);
        return searching.unitOf(subject, file);
    }

    @Override
    public Optional<String> preview(Subject subject, String hitId, String query) throws QuerySyntaxException {
        checkReader(subject);
        return preview.text(subject, hitId, query);
    }

    @Override
    public Optional<Path> open(Subject subject, String hitId) {
        checkReader(subject);
        return preview.original(subject, hitId);
    }

    @Override
    public ExportReport export(Subject subject, List<String> hitIds, Path folder) {
        checkReader(subject);
        return export.export(subject, hitIds, folder);
    }

    @Override
    public BatchResult batch(Subject subject, List<String> terms, Progress progress) {
        checkReader(subject);
        return batch.search(subject, terms, progress);
    }

    @Override
    public void exportBatch(Subject subject, BatchResult result, Path xlsx) throws IOException {
        checkReader(subject);
        batch.export(subject, result, xlsx);
    }

    @Override
    public void tag(Subject subject, String hitId, String tag, boolean on) {
        checkReader(subject);
        tags.tag(subject, hitId, tag, on);
    }

    @Override
    public Set<String> tags(Subject subject, String hitId) {
        checkReader(subject);
        return tags.of(subject, hitId);
    }

    @Override
    public Map<String, Set<String>> taggedDocuments(Subject subject) {
        checkReader(subject);
        return tags.byDocument(subject);
    }

    @Override
    public Map<String, Long> tagCounts(Subject subject) {
        checkReader(subject);
        return tags.counts(subject);
    }

    @Override
    public List<ArchiveFolderView> folders(Subject subject) {
        checkReader(subject);
        return folders.list(subject);
    }

    @Override
    public void setWatched(Subject subject, Path folder, boolean watched) {
        checkReader(subject);
        folders.setWatched(subject, folder, watched);
    }

    @Override
    public AutoCloseable watch(Subject subject, Consumer<IndexReport> listener) {
        checkReader(subject);
        return new FolderWatcher(this, subject, listener).start();
    }
}
