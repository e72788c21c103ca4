package org.jiandu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.search.ArchiveFolderView;
import org.jiandu.search.BatchResult;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseView;
import org.jiandu.search.ClearanceCheck;
import org.jiandu.search.ExportReport;
import org.jiandu.search.IndexReport;
import org.jiandu.search.Normalizer;
import org.jiandu.core.Progress;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.jiandu.search.SearchService;
import org.jiandu.search.extract.ExtractionException;
import org.jiandu.search.extract.Extractors;
import org.jiandu.search.extract.Ocr;
import org.jiandu.search.extract.TextUnit;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The search service over one Lucene index in the data directory's {@code index/} folder. Scope is a filter
 * clause on every query (each document carries the paths of all organisations above it), so counts, facets,
 * hits and previews never include documents outside the subject's jurisdiction.
 */
@Component(service = SearchService.class)
public class LuceneSearchService implements SearchService {

    static final String ID = "id", PATH = "path", TITLE = "title", UNIT = "unit", SHEET = "sheet", TEXT = "text",
            SCOPE = "scope", TOWNSHIP = "township", YEAR = "year", TYPE = "type", CASE = "case", FORM = "form",
            OCR = "ocr", HASH = "hash", MTIME = "mtime", SIZE = "size", DATE = "date";
    /** Facets reported with every result. */
    static final String[] FACETS = { TOWNSHIP, YEAR, TYPE, CASE, OCR };
    /** Resolved at query time from the database: a case's form and a user's tags change without re-indexing. */
    static final String TAG = "tag";
    private static final int SNIPPETS = 3, CONTEXT = 30;
    /** Commit at least this often while indexing, so an interrupted run keeps what it did. */
    private static final long COMMIT_NANOS = 2_000_000_000L;
    private static final long MAX_FILE = 256L << 20;
    /**
     * Characters of one unit (a file, page or sheet) that are indexed; the rest is left out and the run says so.
     * Indexing holds a unit's text, its normalised copy and Lucene's buffers for it at once: 4 M characters keep
     * that within a couple of hundred MB however large the file.
     */
    static final int MAX_UNIT_CHARS = 4 << 20;

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

    private IndexWriter writer;
    private SearcherManager searchers;

    /** The format new units are written in; only the upgrade test writes the earlier one, as an older release did. */
    private volatile int writeFormat = IndexFormat.CURRENT;

    /** Makes the following indexing write units in an earlier index format (for the test of the upgrade path). */
    public void writeFormat(int format) {
        if (format < 1 || format > IndexFormat.CURRENT) {
            throw new IllegalArgumentException("index format 1 to " + IndexFormat.CURRENT + ", not " + format);
        }
        writeFormat = format;
    }

    /** Whether every unit in the index is in the current format (a test and the benchmark report it). */
    public boolean currentFormat() {
        return withSearcher(s -> IndexFormat.allCurrent(s.getIndexReader()));
    }

    /** One search thread per core: a query matching most of a large index is collected slice by slice in parallel. */
    static final java.util.concurrent.ExecutorService SEARCH_THREADS = java.util.concurrent.Executors
            .newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "jiandu-search");
                t.setDaemon(true);
                return t;
            });

    /** Lucene says once per process that the vector incubator module is missing; it cannot be added in OSGi. */
    private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger
            .getLogger("org.apache.lucene.internal.vectorization");
    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** OCR with its cache in the data directory (files/ocr-cache), so a re-index never recognises twice. */
    private Ocr ocr() {
        return new Ocr(data.files().resolve("ocr-cache"));
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            IndexWriterConfig cfg = new IndexWriterConfig(); // analysis is ours: fields arrive as token streams
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            writer = new IndexWriter(FSDirectory.open(data.index()), cfg);
            writer.commit(); // an empty index is a valid index: searching before the first run works
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                        org.apache.lucene.index.IndexReader previous) {
                    return new IndexSearcher(reader, SEARCH_THREADS); // large matches are counted in parallel slices
                }
            });
        }
        return writer;
    }

    @Deactivate
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

    private static void checkReader(Subject s) {
        if (!s.role().canReadCaseMaterial()) {
            throw new AccessDeniedException(s.username() + " (" + s.role() + ") may not read case materials");
        }
    }

    // ------------------------------------------------------------------ indexing

    @Override
    public IndexReport index(Subject subject, List<Path> folders, String orgCode, String caseNo, Progress progress) {
        checkReader(subject);
        String code = orgCode;
        if (code == null && caseNo != null) {
            // a case's documents belong to the case's township; a number without a record is kept as given
            code = cases.find(subject, caseNo).map(CaseView::townshipCode).orElse(null);
        }
        String c = code;
        OrgNodeView org = c == null ? orgs.root(subject)
                : orgs.find(subject, c).orElseThrow(() -> new AccessDeniedException(
                        "no organisation '" + c + "' within the scope of " + subject.username()));
        int[] counts = new int[4]; // added, updated, deleted, unchanged
        List<IndexReport.FileError> failed = new ArrayList<>();
        List<IndexReport.FileError> partial = new ArrayList<>();
        boolean cancelled = false;
        List<Path> roots = new ArrayList<>();
        try {
            IndexWriter w = writer();
            List<Path> files = new ArrayList<>();
            Map<String, long[]> known = new HashMap<>();
            java.util.Set<String> foreign = new java.util.HashSet<>();
            for (Path folder : folders) {
                Path root = folder.toAbsolutePath().normalize();
                if (!Files.isDirectory(root)) {
                    failed.add(new IndexReport.FileError(root.toString(), "not a folder"));
                    continue;
                }
                roots.add(root);
                files.addAll(listFiles(root, failed));
                // documents indexed for organisations outside the caller's scope are another owner's: they are
                // neither re-attributed (updated under the caller's organisation) nor deleted when their file is gone
                Map<String, long[]> all = indexed(root, null);
                Map<String, long[]> own = indexed(root, subject);
                all.keySet().stream().filter(p -> !own.containsKey(p)).forEach(foreign::add);
                known.putAll(own);
            }
            int done = 0;
            long lastCommit = System.nanoTime();
            for (Path f : files) {
                if (progress.isCancelled()) {
                    cancelled = true;
                    break;
                }
                progress.worked(done, files.size(), f.toString());
                if (foreign.contains(f.toString())) {
                    failed.add(new IndexReport.FileError(f.toString(), "indexed for an organisation outside your scope: left as it is"));
                } else {
                    indexFile(w, f, known.remove(f.toString()), org, caseNo, counts, failed, partial);
                }
                done++;
                if (System.nanoTime() - lastCommit > COMMIT_NANOS) {
                    w.commit(); // a crash loses at most the last couple of seconds of work
                    lastCommit = System.nanoTime();
                }
            }
            if (!cancelled) {
                for (String gone : known.keySet()) {
                    w.deleteDocuments(new Term(PATH, gone));
                    counts[2]++;
                }
            }
            w.commit();
            searchers.maybeRefreshBlocking();
            progress.worked(done, files.size(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + data.index() + " cannot be written: " + e.getMessage(), e);
        }
        IndexReport r = new IndexReport(counts[0], counts[1], counts[2], counts[3], failed, cancelled, partial);
        String target = String.join(";", folders.stream().map(Path::toString).toList());
        String detail = "org=" + org.code() + (caseNo == null ? "" : " case=" + caseNo) + " added=" + r.added() + " updated="
                + r.updated() + " deleted=" + r.deleted() + " failed=" + failed.size() + " partial=" + partial.size()
                + (cancelled ? " cancelled" : "");
        if (cancelled) {
            audit.append(subject, "search.index", target, detail);
        } else {
            remember(subject, roots, org, caseNo, em -> audit.append(em, subject, "search.index", target, detail));
        }
        return r;
    }

    /**
     * Indexes one file unless it is unchanged since {@code was} ({mtime, size}, null when new). Counts into
     * {added, updated, deleted, unchanged}; an unreadable file is one error and its old text leaves the index.
     */
    private void indexFile(IndexWriter w, Path f, long[] was, OrgNodeView org, String caseNo, int[] counts,
            List<IndexReport.FileError> failed, List<IndexReport.FileError> partial) throws IOException {
        String path = f.toString();
        try {
            long mtime = Files.getLastModifiedTime(f).toMillis();
            long size = Files.size(f);
            if (was != null && was[0] == mtime && was[1] == size) {
                counts[3]++;
                return;
            }
            if (size > MAX_FILE) {
                throw new ExtractionException("file too large (" + (size >> 20) + " MB)");
            }
            byte[] content = Files.readAllBytes(f); // read once: hashed here, decoded by the extractor
            List<TextUnit> units = Extractors.extract(f, content, ocr());
            String hash = Hashes.sha256(content);
            content = null; // the extracted text is all that is needed from here on
            List<String> clipped = new ArrayList<>();
            w.updateDocuments(new Term(PATH, path), documents(f, units, org, caseNo, mtime, size, hash, clipped));
            if (!clipped.isEmpty()) {
                partial.add(new IndexReport.FileError(path, String.join("; ", clipped)));
            }
            counts[was == null ? 0 : 1]++;
        } catch (ExtractionException | IOException | RuntimeException | OutOfMemoryError e) {
            // one file's failure is that file's: recorded, and the run goes on, unless the index itself is broken
            if (w.getTragicException() != null) {
                throw new IOException("the index writer stopped: " + Extractors.oneLine(w.getTragicException()), e);
            }
            failed.add(new IndexReport.FileError(path, e instanceof OutOfMemoryError ? "too large to index in memory"
                    : e instanceof ExtractionException || e instanceof IOException ? e.getMessage()
                    : "cannot be indexed (" + Extractors.oneLine(e) + ")"));
            if (was != null) {
                w.deleteDocuments(new Term(PATH, path)); // its old text no longer matches the file
            }
        }
    }

    /** Records the folders of a finished run with their organisation and case, for re-indexing and watching. */
    private void remember(Subject subject, List<Path> roots, OrgNodeView org, String caseNo,
            java.util.function.Consumer<jakarta.persistence.EntityManager> auditEntry) {
        store.db().txRun(em -> {
            auditEntry.accept(em); // the folder records and the run's audit entry commit together
            for (Path root : roots) {
                ArchiveFolder f = folderAt(em, root.toString()).orElse(null);
                if (f != null && !subject.covers(f.orgPath)) {
                    continue; // another owner's folder: its record stays theirs
                }
                if (f == null) {
                    f = new ArchiveFolder();
                    f.path = root.toString();
                    em.persist(f);
                }
                f.orgCode = org.code();
                f.orgPath = org.path();
                f.caseNo = caseNo;
                f.lastIndexed = Instant.now();
            }
        });
    }

    private static Optional<ArchiveFolder> folderAt(jakarta.persistence.EntityManager em, String path) {
        return em.createQuery("select f from ArchiveFolder f where f.path = :p", ArchiveFolder.class)
                .setParameter("p", path).getResultStream().findFirst();
    }

    private static List<Path> listFiles(Path root, List<IndexReport.FileError> failed) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    if (Extractors.supports(file)) {
                        out.add(file.toAbsolutePath().normalize());
                    } else {
                        failed.add(new IndexReport.FileError(file.toString(), Extractors.unsupported(file)));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                failed.add(new IndexReport.FileError(file.toString(), "cannot be read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /**
     * path → {mtime, size} of the files indexed under the folder. A file whose units are in an older index format
     * counts as changed (mtime −1), so indexing the folder again brings it to the current format.
     */
    private Map<String, long[]> indexed(Path root, Subject within) throws IOException {
        Map<String, long[]> m = new HashMap<>();
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Query q = within == null ? under(root.toString()) : scoped(within, under(root.toString()));
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = stored.document(d.doc, java.util.Set.of(PATH, MTIME, SIZE, IndexFormat.FIELD));
                boolean older = IndexFormat.of(doc.get(IndexFormat.FIELD)) < writeFormat;
                m.putIfAbsent(doc.get(PATH), new long[] { older ? -1 : doc.getField(MTIME).numericValue().longValue(),
                        doc.getField(SIZE).numericValue().longValue() });
            }
        } finally {
            searchers.release(s);
        }
        return m;
    }

    private List<Document> documents(Path f, List<TextUnit> units, OrgNodeView org, String caseNo, long mtime,
            long size, String hash, List<String> clipped) {
        List<Document> docs = new ArrayList<>();
        String name = f.getFileName().toString();
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String year = String.valueOf(Instant.ofEpochMilli(mtime).atZone(ZoneId.systemDefault()).getYear());
        String type = Extractors.type(f);
        String township = townshipOf(org);
        for (TextUnit u : units) {
            Document d = new Document();
            String text = u.text();
            if (text.length() > MAX_UNIT_CHARS) {
                clipped.add("indexed the first " + MAX_UNIT_CHARS + " of " + text.length() + " characters"
                        + (u.number() == 0 ? "" : " of " + (u.label() != null ? u.label() : "page " + u.number())));
                text = text.substring(0, MAX_UNIT_CHARS);
            }
            String norm = IndexFormat.fold(text, writeFormat);
            d.add(new StringField(ID, f + "#" + u.number(), Field.Store.YES));
            d.add(new StringField(PATH, f.toString(), Field.Store.YES));
            d.add(new StoredField(TITLE, title));
            d.add(new StoredField(UNIT, u.number()));
            if (u.label() != null) {
                d.add(new StoredField(SHEET, u.label()));
            }
            d.add(new StoredField(TEXT, text));
            IndexFormat.addFields(d, norm, writeFormat);
            // every organisation above the document, so a subject's scope is one term
            String path = org.path();
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                d.add(new StringField(SCOPE, path.substring(0, i + 1), Field.Store.NO));
            }
            keyword(d, TOWNSHIP, township);
            keyword(d, YEAR, year);
            keyword(d, TYPE, type);
            keyword(d, CASE, caseNo == null ? "" : caseNo.toLowerCase(java.util.Locale.ROOT));
            keyword(d, OCR, Boolean.toString(u.ocr()));
            keyword(d, HASH, hash);
            d.add(new StoredField(MTIME, mtime));
            d.add(new StoredField(SIZE, size));
            d.add(new NumericDocValuesField(DATE, mtime));
            d.add(new LongPoint(DATE, mtime));
            docs.add(d);
        }
        return docs;
    }

    /** The township code for the facet: the organisation itself, or its ancestor at township level. */
    private static String townshipOf(OrgNodeView org) {
        String[] parts = org.path().split("/");
        // /city/county/township/village/ → parts: "", city, county, township, village
        return parts.length > 3 ? parts[3] : org.code();
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    // ------------------------------------------------------------------ searching

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs read work on a fresh searcher and gives it back afterwards. */
    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            writer();
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + data.index() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The stored fields of one unit, or null when it does not exist within the subject's scope. */
    private Document unitInScope(IndexSearcher s, Subject subject, String id, java.util.Set<String> fields)
            throws IOException {
        TopDocs top = s.search(scoped(subject, new TermQuery(new Term(ID, id))), 1);
        return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc, fields);
    }

    private Query scoped(Subject subject, Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new ScopeQuery(new Term(SCOPE, subject.scopePath())), Occur.FILTER).build();
    }

    @Override
    public SearchResult search(Subject subject, String query, int limit, boolean newestFirst)
            throws QuerySyntaxException {
        try {
            return searchChecked(subject, query, limit, newestFirst);
        } catch (IndexSearcher.TooManyClauses e) {
            // Lucene's clause limit, met while building or rewriting the query: a query the user has to shorten
            audit.append(subject, "search.query", query, "rejected: too many terms");
            throw new QuerySyntaxException("the query has too many terms or expands to too many (at most "
                    + IndexSearcher.getMaxClauseCount() + "): split it into several searches", 0);
        }
    }

    private SearchResult searchChecked(Subject subject, String query, int limit, boolean newestFirst)
            throws QuerySyntaxException {
        checkReader(subject);
        long t0 = System.nanoTime();
        QueryParser.Parsed parsed;
        try {
            parsed = QueryParser.parse(query);
        } catch (QuerySyntaxException e) {
            audit.append(subject, "search.query", query, "rejected: " + e.getMessage());
            throw e;
        }
        // the cases' forms are read only when form: is asked for or matching documents belong to cases
        Once<Map<String, DisciplineForm>> forms = new Once<>(() -> cases.forms(subject));
        Map<String, List<String>> tagged = taggedPaths(subject);
        Query q = scoped(subject, resolve(parsed.query(), forms, tagged));
        return withSearcher(s -> {
            int n = Math.max(1, limit);
            // one pass over the matches: the top hits, the facet counts and the exact total together
            CollectorManager<?, ? extends TopDocs> topManager = newestFirst
                    ? new TopFieldCollectorManager(new Sort(new SortField(DATE, SortField.Type.LONG, true)), n, Integer.MAX_VALUE)
                    : new TopScoreDocCollectorManager(n, Integer.MAX_VALUE);
            Object[] both = s.search(q, new MultiCollectorManager(topManager, new FacetManager()));
            TopDocs top = (TopDocs) both[0];
            FacetManager.Result fr = (FacetManager.Result) both[1];
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>(fr.facets());
            Map<String, Long> byForm = new TreeMap<>();
            facets.get(CASE).forEach((no, count) -> {
                DisciplineForm form = forms.get().get(no);
                if (form != null) {
                    byForm.merge(String.valueOf(form.number()), count, Long::sum);
                }
            });
            facets.put(FORM, byForm);
            Map<String, Long> byTag = new TreeMap<>();
            for (Map.Entry<String, List<String>> t : tagged.entrySet()) {
                long c = s.count(new BooleanQuery.Builder().add(q, Occur.FILTER).add(inPaths(t.getValue()), Occur.FILTER).build());
                if (c > 0) {
                    byTag.put(t.getKey(), c);
                }
            }
            facets.put(TAG, byTag);
            Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
            for (String f : new String[] { TOWNSHIP, YEAR, TYPE, FORM, CASE, TAG, OCR }) {
                ordered.put(f, facets.get(f));
            }
            facets = ordered;
            long total = fr.total();
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(stored.document(sd.doc), Float.isNaN(sd.score) ? 0f : sd.score, parsed.highlights()));
            }
            Map<String, List<String>> byHash = new LinkedHashMap<>();
            for (SearchHit h : hits) {
                byHash.computeIfAbsent(h.hash(), k -> new ArrayList<>()).add(h.id());
            }
            List<List<String>> dups = byHash.values().stream().filter(g -> g.size() > 1).toList();
            long took = (System.nanoTime() - t0) / 1_000_000;
            audit.append(subject, "search.query", query, "total=" + total);
            return new SearchResult(total, took, hits, facets, dups);
        });
    }

    private static SearchHit hit(Document d, float score, List<Highlight> highlights) {
        String text = d.get(TEXT);
        int unit = d.getField(UNIT).numericValue().intValue();
        return new SearchHit(d.get(ID), d.get(PATH), d.get(TITLE), score, unit == 0 ? null : unit, d.get(SHEET),
                Snippets.of(text, highlights, SNIPPETS, CONTEXT), d.get(TOWNSHIP), d.get(TYPE), d.get(HASH),
                Boolean.parseBoolean(d.get(OCR)));
    }

    @Override
    public Optional<String> preview(Subject subject, String hitId, String query) throws QuerySyntaxException {
        checkReader(subject);
        List<Highlight> highlights;
        try {
            highlights = query == null || query.isBlank() ? List.of() : QueryParser.parse(query).highlights();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query has too many terms (at most " + IndexSearcher.getMaxClauseCount()
                    + "): split it into several searches", 0);
        }
        Document d = withSearcher(s -> unitInScope(s, subject, hitId, java.util.Set.of(TEXT)));
        audit.append(subject, "search.preview", hitId, d == null ? "not found in scope" : null);
        return d == null ? Optional.empty() : Optional.of(Snippets.mark(d.get(TEXT), highlights));
    }

    @Override
    public BatchResult batch(Subject subject, List<String> terms, Progress progress) {
        checkReader(subject);
        Map<String, List<String>> hits = new LinkedHashMap<>();
        Map<String, String[]> units = new TreeMap<>();
        List<String> order = new ArrayList<>();
        withSearcher(s -> {
            StoredFields stored = s.storedFields();
            int done = 0;
            for (String raw : terms) {
                String term = raw.strip();
                if (term.isEmpty() || hits.containsKey(term)) {
                    continue;
                }
                if (progress.isCancelled()) {
                    break;
                }
                progress.worked(done++, terms.size(), term);
                order.add(term);
                Query q;
                try {
                    q = scoped(subject, QueryParser.parse("\"" + term.replace("\"", " ") + "\"").query());
                } catch (QuerySyntaxException | IndexSearcher.TooManyClauses e) {
                    hits.put(term, List.of()); // no letters, digits or Han characters, or far too long: nothing
                    continue;
                }
                List<String> ids = new ArrayList<>();
                for (ScoreDoc d : s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                    Document doc = stored.document(d.doc, java.util.Set.of(ID, PATH, UNIT, SHEET));
                    String id = doc.get(ID);
                    ids.add(id);
                    int unit = doc.getField(UNIT).numericValue().intValue();
                    units.putIfAbsent(id, new String[] { doc.get(PATH),
                            unit == 0 ? "" : doc.get(SHEET) != null ? doc.get(SHEET) : "p." + unit });
                }
                ids.sort(null);
                hits.put(term, ids);
            }
            return null;
        });
        audit.append(subject, "search.batch", order.size() + " terms",
                "units hit=" + units.size() + "; terms: " + String.join(",", order));
        return new BatchResult(order, hits, units);
    }

    @Override
    public void exportBatch(Subject subject, BatchResult result, Path xlsx) throws IOException {
        checkReader(subject);
        Path target = xlsx.toAbsolutePath().normalize();
        ClearanceCheck.writeXlsx(result, target);
        audit.append(subject, AuditLog.EXPORT, target.toString(), "batch search: " + result.terms().size() + " terms, "
                + result.units().size() + " units");
    }

    @Override
    public ExportReport export(Subject subject, List<String> hitIds, Path folder) {
        checkReader(subject);
        Path target = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target);
            try (java.util.stream.Stream<Path> existing = Files.list(target)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalArgumentException("the export folder " + target + " is not empty");
                }
            }
            List<String> skipped = new ArrayList<>();
            Map<String, String> copied = new LinkedHashMap<>(); // original path → name in the export
            StringBuilder sums = new StringBuilder();
            StringBuilder list = new StringBuilder("# exported by " + subject.username() + " at " + Instant.now() + "\n");
            writer();
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                for (String id : hitIds) {
                    Document unit = unitInScope(s, subject, id, java.util.Set.of(PATH));
                    if (unit == null) {
                        skipped.add(id + ": not found within the scope of " + subject.username());
                        continue;
                    }
                    Path original = Path.of(unit.get(PATH));
                    if (copied.containsKey(original.toString())) {
                        continue; // several pages of one file: the file once
                    }
                    if (!Files.isRegularFile(original)) {
                        skipped.add(id + ": the original " + original + " no longer exists");
                        continue;
                    }
                    String name = String.format("%04d_%s", copied.size() + 1, original.getFileName());
                    byte[] content = Files.readAllBytes(original);
                    Files.write(target.resolve(name), content);
                    copied.put(original.toString(), name);
                    sums.append(Hashes.sha256(content)).append("  ").append(name).append('\n');
                    list.append(name).append('\t').append(original).append('\n');
                }
            } finally {
                searchers.release(s);
            }
            Path manifest = target.resolve("SHA256SUMS");
            Files.writeString(manifest, sums.toString(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(target.resolve("MANIFEST.txt"), list.toString(), java.nio.charset.StandardCharsets.UTF_8);
            // the entry names every file through the digest of the full manifest (original path → exported name),
            // which is written beside the export: a list in the entry itself would be cut at the log's detail limit
            audit.append(subject, AuditLog.EXPORT, target.toString(), "files=" + copied.size() + " manifest-sha256="
                    + Hashes.sha256(list.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + " (MANIFEST.txt)");
            return new ExportReport(copied.size(), manifest, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> open(Subject subject, String hitId) {
        checkReader(subject);
        Document d = withSearcher(s -> unitInScope(s, subject, hitId, java.util.Set.of(PATH)));
        audit.append(subject, "search.open", d == null ? hitId : d.get(PATH), d == null ? "not found in scope" : null);
        return d == null ? Optional.empty() : Optional.of(Path.of(d.get(PATH)));
    }

    // ------------------------------------------------------------------ form:, tag: and the database

    /** A value computed on first use, at most once (within one search). */
    private static final class Once<T> {
        private final java.util.function.Supplier<T> compute;
        private T value;

        Once(java.util.function.Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }

    /** Replaces form: and tag: filters by the case numbers and paths they stand for at this moment. */
    private static Query resolve(Query q, Once<Map<String, DisciplineForm>> forms, Map<String, List<String>> tagged) {
        if (q instanceof TermQuery t && t.getTerm().field().equals(FORM)) {
            String n = t.getTerm().text();
            List<BytesRef> nos = forms.get().entrySet().stream().filter(e -> String.valueOf(e.getValue().number()).equals(n))
                    .map(e -> new BytesRef(e.getKey())).toList();
            return nos.isEmpty() ? new MatchNoDocsQuery("no case with form " + n) : new TermInSetQuery(CASE, nos);
        }
        if (q instanceof TermQuery t && t.getTerm().field().equals(TAG)) {
            List<String> paths = tagged.get(t.getTerm().text());
            return paths == null ? new MatchNoDocsQuery("no document tagged " + t.getTerm().text()) : inPaths(paths);
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (org.apache.lucene.search.BooleanClause c : b.clauses()) {
                out.add(resolve(c.query(), forms, tagged), c.occur());
            }
            return out.build();
        }
        return q;
    }

    private static Query inPaths(List<String> paths) {
        return new TermInSetQuery(PATH, paths.stream().map(BytesRef::new).toList());
    }

    /** The subject's tags and the documents each is on. */
    private Map<String, List<String>> taggedPaths(Subject subject) {
        Map<String, List<String>> m = new TreeMap<>();
        for (Object[] r : store.db().read(em -> em.createQuery(
                "select t.tag, t.path from DocumentTag t where t.username = :u", Object[].class)
                .setParameter("u", subject.username()).getResultList())) {
            m.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return m;
    }

    /** The path of a hit's document within the subject's scope, or null. */
    private String pathInScope(Subject subject, String hitId) {
        Document d = withSearcher(s -> unitInScope(s, subject, hitId, java.util.Set.of(PATH)));
        return d == null ? null : d.get(PATH);
    }

    @Override
    public Optional<String> unitOf(Subject subject, Path file) {
        checkReader(subject);
        String path = file.toAbsolutePath().normalize().toString();
        return Optional.ofNullable(withSearcher(s -> {
            Query q = scoped(subject, new TermQuery(new Term(PATH, path)));
            int n = s.count(q);
            String first = null;
            int lowest = Integer.MAX_VALUE;
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : n == 0 ? new ScoreDoc[0] : s.search(q, n).scoreDocs) {
                Document doc = stored.document(d.doc, java.util.Set.of(ID, UNIT));
                int unit = doc.getField(UNIT).numericValue().intValue();
                if (unit < lowest) {
                    lowest = unit;
                    first = doc.get(ID);
                }
            }
            return first;
        }));
    }

    @Override
    public IndexReport reindex(Subject subject, String hitId) {
        checkReader(subject);
        String path = pathInScope(subject, hitId);
        if (path == null) {
            throw new AccessDeniedException("no document " + hitId + " within the scope of " + subject.username());
        }
        // the organisation and case of the innermost indexed folder holding the file
        ArchiveFolder folder = store.db().read(em -> em.createQuery("select f from ArchiveFolder f", ArchiveFolder.class)
                .getResultList()).stream()
                .filter(f -> path.startsWith(f.path.endsWith(java.io.File.separator) ? f.path : f.path + java.io.File.separator))
                .max(java.util.Comparator.comparingInt(f -> f.path.length())).orElse(null);
        // Never re-attribute: a file whose folder is gone, or belongs to an organisation outside the caller's scope,
        // is re-indexed only through its folder by its owner.
        OrgNodeView org = folder == null ? null : orgs.find(subject, folder.orgCode).orElse(null);
        if (org == null) {
            throw new AccessDeniedException("the folder of " + path + " is not indexed for an organisation within the"
                    + " scope of " + subject.username() + ": index the folder again instead");
        }
        String caseNo = folder == null ? null : folder.caseNo;
        int[] counts = new int[4];
        List<IndexReport.FileError> failed = new ArrayList<>();
        try {
            IndexWriter w = writer();
            Path f = Path.of(path);
            if (Files.isRegularFile(f)) {
                indexFile(w, f, new long[] { -1, -1 }, org, caseNo, counts, failed, new ArrayList<>());
            } else {
                w.deleteDocuments(new Term(PATH, path));
                counts[2]++;
            }
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + data.index() + " cannot be written: " + e.getMessage(), e);
        }
        IndexReport r = new IndexReport(counts[0], counts[1], counts[2], counts[3], failed, false);
        audit.append(subject, "search.index", path, "re-index: updated=" + r.updated() + " deleted=" + r.deleted()
                + " failed=" + failed.size());
        return r;
    }

    @Override
    public void tag(Subject subject, String hitId, String tag, boolean on) {
        checkReader(subject);
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty() || t.length() > 64 || t.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a tag is one word of at most 64 characters: '" + tag + "'");
        }
        String path = pathInScope(subject, hitId);
        if (path == null) {
            throw new AccessDeniedException("no document " + hitId + " within the scope of " + subject.username());
        }
        store.db().txRun(em -> {
            List<DocumentTag> have = em.createQuery(
                    "select t from DocumentTag t where t.username = :u and t.path = :p and t.tag = :t", DocumentTag.class)
                    .setParameter("u", subject.username()).setParameter("p", path).setParameter("t", t).getResultList();
            if (on && have.isEmpty()) {
                DocumentTag n = new DocumentTag();
                n.username = subject.username();
                n.path = path;
                n.tag = t;
                em.persist(n);
            } else if (!on) {
                have.forEach(em::remove);
            }
        });
    }

    @Override
    public java.util.Set<String> tags(Subject subject, String hitId) {
        checkReader(subject);
        String path = pathInScope(subject, hitId);
        if (path == null) {
            return java.util.Set.of();
        }
        return new java.util.TreeSet<>(store.db().read(em -> em.createQuery(
                "select t.tag from DocumentTag t where t.username = :u and t.path = :p", String.class)
                .setParameter("u", subject.username()).setParameter("p", path).getResultList()));
    }

    @Override
    public Map<String, java.util.Set<String>> taggedDocuments(Subject subject) {
        checkReader(subject);
        Map<String, java.util.Set<String>> m = new HashMap<>();
        taggedPaths(subject).forEach((t, paths) -> paths.forEach(p -> m.computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(t)));
        return m;
    }

    @Override
    public Map<String, Long> tagCounts(Subject subject) {
        checkReader(subject);
        Map<String, Long> m = new TreeMap<>();
        taggedPaths(subject).forEach((t, paths) -> m.put(t, (long) paths.size()));
        return m;
    }

    @Override
    public List<ArchiveFolderView> folders(Subject subject) {
        checkReader(subject);
        List<ArchiveFolder> folders = store.db().read(em -> em.createQuery(
                "select f from ArchiveFolder f where f.orgPath like :scope order by f.path", ArchiveFolder.class)
                .setParameter("scope", subject.scopePath() + "%").getResultList());
        return withSearcher(s -> {
            // an index wholly in the current format (the usual case) needs no count per folder
            boolean current = IndexFormat.allCurrent(s.getIndexReader());
            List<ArchiveFolderView> out = new ArrayList<>();
            for (ArchiveFolder f : folders) {
                out.add(new ArchiveFolderView(f.path, f.orgCode, f.caseNo, f.watched, f.lastIndexed,
                        current ? 0 : s.count(scoped(subject, olderUnder(f.path)))));
            }
            return out;
        });
    }

    /** Units under a folder that are not in the current index format. */
    private static Query olderUnder(String folder) {
        return new BooleanQuery.Builder().add(under(folder), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFormat.FIELD, String.valueOf(IndexFormat.CURRENT))), Occur.MUST_NOT).build();
    }

    /** The units of the files below a folder (its path and a separator as the prefix, so a sibling /a/bc is not under /a/b). */
    private static Query under(String folder) {
        return new PrefixQuery(new Term(PATH, folder.endsWith(java.io.File.separator) ? folder : folder + java.io.File.separator));
    }

    @Override
    public void setWatched(Subject subject, Path folder, boolean watched) {
        checkReader(subject);
        String p = folder.toAbsolutePath().normalize().toString();
        store.db().txRun(em -> {
            ArchiveFolder f = folderAt(em, p).filter(x -> subject.covers(x.orgPath)).orElseThrow(() -> new IllegalArgumentException("the folder " + p + " has not been indexed in your scope"));
            f.watched = watched;
            audit.append(em, subject, AuditLog.CHANGE, "folder:" + p, watched ? "watched" : "not watched");
        });
    }

    @Override
    public AutoCloseable watch(Subject subject, java.util.function.Consumer<IndexReport> listener) {
        checkReader(subject);
        return new FolderWatcher(this, subject, listener).start();
    }

    /** Counts the values of the facet fields over every match, segment by segment. */
    private static final class FacetManager implements CollectorManager<FacetManager.Counter, FacetManager.Result> {

        record Result(long total, Map<String, Map<String, Long>> facets) {
        }

        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Result reduce(java.util.Collection<Counter> collectors) {
            Map<String, Map<String, Long>> out = new LinkedHashMap<>();
            long total = 0;
            for (Counter c : collectors) {
                total += c.total;
            }
            for (String f : FACETS) {
                Map<String, Long> m = new TreeMap<>();
                for (Counter c : collectors) {
                    c.counts.getOrDefault(f, Map.of()).forEach((k, v) -> m.merge(k, v, Long::sum));
                }
                m.remove("");
                out.put(f, m);
            }
            return new Result(total, out);
        }

        static final class Counter implements Collector {
            final Map<String, Map<String, Long>> counts = new HashMap<>();
            long total;

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
                SortedDocValues[] dv = new SortedDocValues[FACETS.length];
                int[][] ordCounts = new int[FACETS.length][];
                for (int i = 0; i < FACETS.length; i++) {
                    dv[i] = ctx.reader().getSortedDocValues(FACETS[i]);
                    ordCounts[i] = dv[i] == null ? null : new int[dv[i].getValueCount()];
                }
                int[][] ords = FacetOrds.of(ctx.reader(), FACETS);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) {
                        total++;
                        for (int i = 0; i < ords.length; i++) {
                            int o = ords[i][doc];
                            if (o >= 0) {
                                ordCounts[i][o]++; // by ordinal; names are looked up once per segment
                            }
                        }
                    }

                    @Override
                    public void finish() throws IOException {
                        for (int i = 0; i < FACETS.length; i++) {
                            if (ordCounts[i] == null) {
                                continue;
                            }
                            Map<String, Long> m = counts.computeIfAbsent(FACETS[i], k -> new HashMap<>());
                            for (int o = 0; o < ordCounts[i].length; o++) {
                                if (ordCounts[i][o] > 0) {
                                    m.merge(dv[i].lookupOrd(o).utf8ToString(), (long) ordCounts[i][o], Long::sum);
                                }
                            }
                        }
                    }
                };
            }
        }
    }

}
