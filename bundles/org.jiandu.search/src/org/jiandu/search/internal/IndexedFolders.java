package org.jiandu.search.internal;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.search.ArchiveFolderView;

import jakarta.persistence.EntityManager;

/**
 * The folders that have been indexed, remembered with their organisation and case (for re-indexing one file and for
 * watching), and whether the workbench watches them.
 */
final class IndexedFolders {

    private final SearchStore store;
    private final SearchIndex index;
    private final AuditLog audit;

    IndexedFolders(SearchStore store, SearchIndex index, AuditLog audit) {
        this.store = store;
        this.index = index;
        this.audit = audit;
    }

    /** Records the folders of a finished run with their organisation and case, for re-indexing and watching. */
    void remember(Subject subject, List<Path> roots, OrgNodeView org, String caseNo, Consumer<EntityManager> auditEntry) {
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

    /** The innermost indexed folder holding the file, or null. */
    ArchiveFolder holding(String path) {
        return store.db().read(em -> em.createQuery("select f from ArchiveFolder f", ArchiveFolder.class)
                .getResultList()).stream()
                .filter(f -> path.startsWith(f.path.endsWith(File.separator) ? f.path : f.path + File.separator))
                .max(Comparator.comparingInt(f -> f.path.length())).orElse(null);
    }

    /** The folders within the subject's scope, each with its count of units in an older index format. */
    List<ArchiveFolderView> list(Subject subject) {
        List<ArchiveFolder> folders = store.db().read(em -> em.createQuery(
                "select f from ArchiveFolder f where f.orgPath like :scope order by f.path", ArchiveFolder.class)
                .setParameter("scope", subject.scopePath() + "%").getResultList());
        return index.read(s -> {
            // an index wholly in the current format (the usual case) needs no count per folder
            boolean current = IndexFormat.allCurrent(s.getIndexReader());
            List<ArchiveFolderView> out = new ArrayList<>();
            for (ArchiveFolder f : folders) {
                out.add(new ArchiveFolderView(f.path, f.orgCode, f.caseNo, f.watched, f.lastIndexed,
                        current ? 0 : s.count(SearchIndex.scoped(subject, olderUnder(f.path)))));
            }
            return out;
        });
    }

    /** Units under a folder that are not in the current index format. */
    private static Query olderUnder(String folder) {
        return new BooleanQuery.Builder().add(SearchIndex.under(folder), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFormat.FIELD, String.valueOf(IndexFormat.CURRENT))), Occur.MUST_NOT).build();
    }

    /** Switches watching of a folder indexed within the subject's scope; the change is audited with it. */
    void setWatched(Subject subject, Path folder, boolean watched) {
        String p = folder.toAbsolutePath().normalize().toString();
        store.db().txRun(em -> {
            ArchiveFolder f = folderAt(em, p).filter(x -> subject.covers(x.orgPath)).orElseThrow(
                    () -> new IllegalArgumentException("the folder " + p + " has not been indexed in your scope"));
            f.watched = watched;
            audit.append(em, subject, AuditLog.CHANGE, "folder:" + p, watched ? "watched" : "not watched");
        });
    }

    private static Optional<ArchiveFolder> folderAt(EntityManager em, String path) {
        return em.createQuery("select f from ArchiveFolder f where f.path = :p", ArchiveFolder.class)
                .setParameter("p", path).getResultStream().findFirst();
    }
}
