package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.ID;
import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.SCOPE;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.osgi.util.NLS;
import org.jiandu.core.Progress;
import org.jiandu.core.backup.TreeCopy;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;

/**
 * The one Lucene index in the data directory's {@code index/} folder, shared by every part of the search service:
 * its writer, the searchers over it, the format new units are written in, and the scope filter every read goes
 * through. Scope is a filter clause on every query (each unit carries the paths of all organisations above it), so
 * counts, facets, hits and previews never include units outside the subject's jurisdiction.
 */
final class SearchIndex {

    /** One search thread per core: a query matching most of a large index is collected slice by slice in parallel. */
    static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            r -> {
                Thread t = new Thread(r, "jiandu-search");
                t.setDaemon(true);
                return t;
            });

    /** Lucene says once per process that the vector incubator module is missing; it cannot be added in OSGi. */
    private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");
    static {
        VECTOR_LOG.setLevel(Level.SEVERE);
    }

    /** Work on a searcher, which may fail reading the index. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final DataDirectory data;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The format new units are written in; only the upgrade test writes the earlier one, as an older release did. */
    private volatile int writeFormat = IndexFormat.CURRENT;

    SearchIndex(DataDirectory data) {
        this.data = data;
    }

    int writeFormat() {
        return writeFormat;
    }

    void writeFormat(int format) {
        if (format < 1 || format > IndexFormat.CURRENT) {
            throw new IllegalArgumentException("index format 1 to " + IndexFormat.CURRENT + ", not " + format);
        }
        writeFormat = format;
    }

    /** Whether every unit in the index is in the current format. */
    boolean currentFormat() {
        return read(s -> IndexFormat.allCurrent(s.getIndexReader()));
    }

    /** The writer, opened on first use. */
    synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            IndexWriterConfig cfg = new IndexWriterConfig(); // analysis is ours: fields arrive as token streams
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            cfg.setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy())); // backups
            writer = new IndexWriter(FSDirectory.open(data.index()), cfg);
            writer.commit(); // an empty index is a valid index: searching before the first run works
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, SEARCH_THREADS); // large matches are counted in parallel slices
                }
            });
        }
        return writer;
    }

    /**
     * Copies the index's last commit into {@code target} while indexing may go on: the commit is held (its files are
     * not deleted by merges) until the copy is done. What was indexed after that commit is not in the copy.
     */
    int copyCommit(Path target, Progress progress) throws IOException {
        IndexWriter w = writer();
        SnapshotDeletionPolicy snapshots = (SnapshotDeletionPolicy) w.getConfig().getIndexDeletionPolicy();
        IndexCommit commit = snapshots.snapshot();
        try {
            List<Path> files = commit.getFileNames().stream().map(Path::of).sorted().toList();
            TreeCopy.copy(data.index(), files, target, "index", progress);
            return files.size();
        } finally {
            snapshots.release(commit);
            w.deleteUnusedFiles();
        }
    }

    synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close(); // commits
        }
        writer = null;
        searchers = null;
    }

    /** Makes everything written so far visible to the next searcher, waiting for it. */
    void refreshBlocking() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** A searcher over what has been written (refreshed without waiting); give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        writer();
        searchers.maybeRefresh();
        return searchers.acquire();
    }

    /** A searcher that certainly sees everything written so far; the writer must be open. */
    IndexSearcher acquireLatest() throws IOException {
        searchers.maybeRefreshBlocking();
        return searchers.acquire();
    }

    void release(IndexSearcher s) throws IOException {
        searchers.release(s);
    }

    /** Runs read work on a fresh searcher and gives it back afterwards. */
    <T> T read(SearcherWork<T> work) {
        try {
            IndexSearcher s = acquire();
            try {
                return work.apply(s);
            } finally {
                release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(SearchMessages.index_unreadable, data.index(), e.getMessage()), e);
        }
    }

    /** The error for an index that cannot be written. */
    UncheckedIOException unwritable(IOException e) {
        return new UncheckedIOException(NLS.bind(SearchMessages.index_unwritable, data.index(), e.getMessage()), e);
    }

    /** The stored fields of one unit, or null when it does not exist within the subject's scope. */
    static Document unitInScope(IndexSearcher s, Subject subject, String id, Set<String> fields) throws IOException {
        TopDocs top = s.search(scoped(subject, new TermQuery(new Term(ID, id))), 1);
        return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc, fields);
    }

    /** The path of a hit's document within the subject's scope, or null. */
    String pathInScope(Subject subject, String hitId) {
        Document d = read(s -> unitInScope(s, subject, hitId, Set.of(PATH)));
        return d == null ? null : d.get(PATH);
    }

    /** The query restricted to the units within the subject's scope. */
    static Query scoped(Subject subject, Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new ScopeQuery(new Term(SCOPE, subject.scopePath())), Occur.FILTER).build();
    }

    /** The units of the files below a folder (its path and a separator as the prefix, so a sibling /a/bc is not under /a/b). */
    static Query under(String folder) {
        return new PrefixQuery(new Term(PATH, folder.endsWith(File.separator) ? folder : folder + File.separator));
    }
}
