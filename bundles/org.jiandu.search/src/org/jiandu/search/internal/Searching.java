package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.DATE;
import static org.jiandu.search.internal.IndexFields.HASH;
import static org.jiandu.search.internal.IndexFields.ID;
import static org.jiandu.search.internal.IndexFields.OCR;
import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.SHEET;
import static org.jiandu.search.internal.IndexFields.TEXT;
import static org.jiandu.search.internal.IndexFields.TITLE;
import static org.jiandu.search.internal.IndexFields.TOWNSHIP;
import static org.jiandu.search.internal.IndexFields.TYPE;
import static org.jiandu.search.internal.IndexFields.UNIT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.eclipse.osgi.util.NLS;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.security.Subject;
import org.jiandu.search.CaseService;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;

/**
 * A query over the units within the subject's scope: the top hits with their snippets, the facet counts and the
 * exact total in one pass, and duplicate groups among the hits. Every query, accepted or rejected, is audited.
 */
final class Searching {

    private static final int SNIPPETS = 3, CONTEXT = 30;

    private final SearchIndex index;
    private final CaseService cases;
    private final Tags tags;
    private final AuditLog audit;

    Searching(SearchIndex index, CaseService cases, Tags tags, AuditLog audit) {
        this.index = index;
        this.cases = cases;
        this.tags = tags;
        this.audit = audit;
    }

    SearchResult search(Subject subject, String query, int limit, boolean newestFirst) throws QuerySyntaxException {
        try {
            return searchChecked(subject, query, limit, newestFirst);
        } catch (IndexSearcher.TooManyClauses e) {
            // Lucene's clause limit, met while building or rewriting the query: a query the user has to shorten
            audit.append(subject, "search.query", query, "rejected: too many terms");
            throw new QuerySyntaxException(
                    NLS.bind(SearchMessages.too_many, IndexSearcher.getMaxClauseCount()), 0);
        }
    }

    private SearchResult searchChecked(Subject subject, String query, int limit, boolean newestFirst)
            throws QuerySyntaxException {
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
        Map<String, List<String>> tagged = tags.paths(subject);
        Query q = SearchIndex.scoped(subject, DatabaseFilters.resolve(parsed.query(), forms, tagged));
        return index.read(s -> {
            int n = Math.max(1, limit);
            // one pass over the matches: the top hits, the facet counts and the exact total together
            CollectorManager<?, ? extends TopDocs> topManager = newestFirst
                    ? new TopFieldCollectorManager(new Sort(new SortField(DATE, SortField.Type.LONG, true)), n, Integer.MAX_VALUE)
                    : new TopScoreDocCollectorManager(n, Integer.MAX_VALUE);
            Object[] both = s.search(q, new MultiCollectorManager(topManager, new FacetCounts()));
            TopDocs top = (TopDocs) both[0];
            FacetCounts.Result fr = (FacetCounts.Result) both[1];
            Map<String, Map<String, Long>> facets = FacetCounts.reported(fr, forms, tagged, s, q);
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

    /** The id of a file's first unit within the subject's scope. */
    Optional<String> unitOf(Subject subject, Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        return Optional.ofNullable(index.read(s -> {
            Query q = SearchIndex.scoped(subject, new TermQuery(new Term(PATH, path)));
            int n = s.count(q);
            String first = null;
            int lowest = Integer.MAX_VALUE;
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : n == 0 ? new ScoreDoc[0] : s.search(q, n).scoreDocs) {
                Document doc = stored.document(d.doc, Set.of(ID, UNIT));
                int unit = doc.getField(UNIT).numericValue().intValue();
                if (unit < lowest) {
                    lowest = unit;
                    first = doc.get(ID);
                }
            }
            return first;
        }));
    }
}
