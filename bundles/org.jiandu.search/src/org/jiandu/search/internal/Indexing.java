package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.MTIME;
import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.SIZE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.eclipse.osgi.util.NLS;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseView;
import org.jiandu.search.IndexReport;
import org.jiandu.search.extract.Ocr;

/**
 * Indexing folders for an organisation (or a case's township) incrementally, and re-indexing one file with the
 * organisation and case of its folder. Each run is audited; a finished run's folders are remembered with it.
 */
final class Indexing {

    /** Commit at least this often while indexing, so an interrupted run keeps what it did. */
    private static final long COMMIT_NANOS = 2_000_000_000L;

    private final SearchIndex index;
    private final IndexedFolders folders;
    private final DataDirectory data;
    private final OrgService orgs;
    private final CaseService cases;
    private final AuditLog audit;

    Indexing(SearchIndex index, IndexedFolders folders, DataDirectory data, OrgService orgs, CaseService cases,
            AuditLog audit) {
        this.index = index;
        this.folders = folders;
        this.data = data;
        this.orgs = orgs;
        this.cases = cases;
        this.audit = audit;
    }

    IndexReport index(Subject subject, List<Path> roots, String orgCode, String caseNo, Progress progress) {
        String code = orgCode;
        if (code == null && caseNo != null) {
            // a case's documents belong to the case's township; a number without a record is kept as given
            code = cases.find(subject, caseNo).map(CaseView::townshipCode).orElse(null);
        }
        String c = code;
        OrgNodeView org = c == null ? orgs.root(subject)
                : orgs.find(subject, c).orElseThrow(() -> new AccessDeniedException(
                        NLS.bind(SearchMessages.no_org, c)));
        IndexRun run;
        boolean cancelled = false;
        List<Path> existing = new ArrayList<>(); // the run's folders that exist: remembered after the run
        try {
            IndexWriter w = index.writer();
            run = new IndexRun(w, org, caseNo, ocr(), index.writeFormat());
            List<Path> files = new ArrayList<>();
            Map<String, long[]> known = new HashMap<>();
            Set<String> foreign = new HashSet<>();
            for (Path folder : roots) {
                Path root = folder.toAbsolutePath().normalize();
                if (!Files.isDirectory(root)) {
                    run.fail(root.toString(), "not a folder");
                    continue;
                }
                existing.add(root);
                files.addAll(IndexableFiles.under(root, run.failed()));
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
                    run.fail(f.toString(), "indexed for an organisation outside your scope: left as it is");
                } else {
                    run.file(f, known.remove(f.toString()));
                }
                done++;
                if (System.nanoTime() - lastCommit > COMMIT_NANOS) {
                    w.commit(); // a crash loses at most the last couple of seconds of work
                    lastCommit = System.nanoTime();
                }
            }
            if (!cancelled) {
                for (String gone : known.keySet()) {
                    run.delete(gone);
                }
            }
            w.commit();
            index.refreshBlocking();
            progress.worked(done, files.size(), null);
        } catch (IOException e) {
            throw index.unwritable(e);
        }
        IndexReport r = run.report(cancelled);
        String target = String.join(";", roots.stream().map(Path::toString).toList());
        String detail = "org=" + org.code() + (caseNo == null ? "" : " case=" + caseNo) + " added=" + r.added() + " updated="
                + r.updated() + " deleted=" + r.deleted() + " failed=" + r.failed().size() + " partial="
                + r.partial().size() + (cancelled ? " cancelled" : "");
        if (cancelled) {
            audit.append(subject, "search.index", target, detail);
        } else {
            folders.remember(subject, existing, org, caseNo, em -> audit.append(em, subject, "search.index", target, detail));
        }
        return r;
    }

    /** Re-indexes the file of one hit with the organisation and case of the innermost indexed folder holding it. */
    IndexReport reindex(Subject subject, String hitId) {
        String path = index.pathInScope(subject, hitId);
        if (path == null) {
            throw new AccessDeniedException(SearchMessages.no_document);
        }
        ArchiveFolder folder = folders.holding(path);
        // Never re-attribute: a file whose folder is gone, or belongs to an organisation outside the caller's scope,
        // is re-indexed only through its folder by its owner.
        OrgNodeView org = folder == null ? null : orgs.find(subject, folder.orgCode).orElse(null);
        if (org == null) {
            throw new AccessDeniedException(NLS.bind(SearchMessages.folder_not_indexed, path));
        }
        IndexReport done;
        try {
            IndexWriter w = index.writer();
            IndexRun run = new IndexRun(w, org, folder.caseNo, ocr(), index.writeFormat());
            Path f = Path.of(path);
            if (Files.isRegularFile(f)) {
                run.file(f, new long[] { -1, -1 });
            } else {
                run.delete(path);
            }
            w.commit();
            index.refreshBlocking();
            done = run.report(false);
        } catch (IOException e) {
            throw index.unwritable(e);
        }
        // one file's report names its failure; it has never listed the file as indexed in part
        IndexReport r = new IndexReport(done.added(), done.updated(), done.deleted(), done.unchanged(), done.failed(), false);
        audit.append(subject, "search.index", path, "re-index: updated=" + r.updated() + " deleted=" + r.deleted()
                + " failed=" + r.failed().size());
        return r;
    }

    /** OCR with its cache in the data directory (files/ocr-cache), so a re-index never recognises twice. */
    private Ocr ocr() {
        return new Ocr(data.files().resolve("ocr-cache"));
    }

    /**
     * path → {mtime, size} of the files indexed under the folder. A file whose units are in an older index format
     * counts as changed (mtime −1), so indexing the folder again brings it to the current format.
     */
    private Map<String, long[]> indexed(Path root, Subject within) throws IOException {
        Map<String, long[]> m = new HashMap<>();
        IndexSearcher s = index.acquireLatest();
        try {
            Query q = within == null ? SearchIndex.under(root.toString()) : SearchIndex.scoped(within, SearchIndex.under(root.toString()));
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = stored.document(d.doc, Set.of(PATH, MTIME, SIZE, IndexFormat.FIELD));
                boolean older = IndexFormat.of(doc.get(IndexFormat.FIELD)) < index.writeFormat();
                m.putIfAbsent(doc.get(PATH), new long[] { older ? -1 : doc.getField(MTIME).numericValue().longValue(),
                        doc.getField(SIZE).numericValue().longValue() });
            }
        } finally {
            index.release(s);
        }
        return m;
    }
}
