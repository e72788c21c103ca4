package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.CASE;
import static org.jiandu.search.internal.IndexFields.FORM;
import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.TAG;

import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jiandu.core.model.DisciplineForm;

/**
 * The {@code form:} and {@code tag:} filters, which are not in the index: a case's form and a user's tags change
 * without re-indexing, so each query replaces them by the case numbers and paths they stand for in the database.
 */
final class DatabaseFilters {

    private DatabaseFilters() {
    }

    /** Replaces form: and tag: filters by the case numbers and paths they stand for at this moment. */
    static Query resolve(Query q, Once<Map<String, DisciplineForm>> forms, Map<String, List<String>> tagged) {
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
            for (BooleanClause c : b.clauses()) {
                out.add(resolve(c.query(), forms, tagged), c.occur());
            }
            return out.build();
        }
        return q;
    }

    /** The units of the documents at these paths. */
    static Query inPaths(List<String> paths) {
        return new TermInSetQuery(PATH, paths.stream().map(BytesRef::new).toList());
    }
}
