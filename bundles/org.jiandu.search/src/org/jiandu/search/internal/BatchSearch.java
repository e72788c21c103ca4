package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.ID;
import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.SHEET;
import static org.jiandu.search.internal.IndexFields.UNIT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.eclipse.osgi.util.NLS;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.search.BatchResult;
import org.jiandu.search.ClearanceCheck;
import org.jiandu.search.QuerySyntaxException;

/**
 * Batch search (廉政意见回复): each term of a list as a phrase over every unit in the subject's scope, with no cap,
 * and the term × document result exported as a workbook. Both audited.
 */
final class BatchSearch {

    private final SearchIndex index;
    private final AuditLog audit;

    BatchSearch(SearchIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    BatchResult search(Subject subject, List<String> terms, Progress progress) {
        Map<String, List<String>> hits = new LinkedHashMap<>();
        Map<String, String[]> units = new TreeMap<>();
        List<String> order = new ArrayList<>();
        index.read(s -> {
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
                    q = SearchIndex.scoped(subject, QueryParser.parse("\"" + term.replace("\"", " ") + "\"").query());
                } catch (QuerySyntaxException | IndexSearcher.TooManyClauses e) {
                    hits.put(term, List.of()); // no letters, digits or Han characters, or far too long: nothing
                    continue;
                }
                List<String> ids = new ArrayList<>();
                for (ScoreDoc d : s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                    Document doc = stored.document(d.doc, Set.of(ID, PATH, UNIT, SHEET));
                    String id = doc.get(ID);
                    ids.add(id);
                    int unit = doc.getField(UNIT).numericValue().intValue();
                    units.putIfAbsent(id, new String[] { doc.get(PATH),
                            unit == 0 ? "" : doc.get(SHEET) != null ? doc.get(SHEET) : NLS.bind(SearchMessages.page_n, unit) });
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

    void export(Subject subject, BatchResult result, Path xlsx) throws IOException {
        Path target = xlsx.toAbsolutePath().normalize();
        ClearanceCheck.writeXlsx(result, target);
        audit.append(subject, AuditLog.EXPORT, target.toString(), "batch search: " + result.terms().size() + " terms, "
                + result.units().size() + " units");
    }
}
