package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.PATH;
import static org.jiandu.search.internal.IndexFields.TEXT;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.osgi.util.NLS;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.search.QuerySyntaxException;

/** One hit looked at: its unit's whole text with the query's terms marked, or its original file. Both audited. */
final class Preview {

    private final SearchIndex index;
    private final AuditLog audit;

    Preview(SearchIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    /** The unit's text with the query's terms marked; empty when it is not within the subject's scope. */
    Optional<String> text(Subject subject, String hitId, String query) throws QuerySyntaxException {
        List<Highlight> highlights;
        try {
            highlights = query == null || query.isBlank() ? List.of() : QueryParser.parse(query).highlights();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(
                    NLS.bind(SearchMessages.too_many, IndexSearcher.getMaxClauseCount()), 0);
        }
        Document d = index.read(s -> SearchIndex.unitInScope(s, subject, hitId, Set.of(TEXT)));
        audit.append(subject, "search.preview", hitId, d == null ? "not found in scope" : null);
        return d == null ? Optional.empty() : Optional.of(Snippets.mark(d.get(TEXT), highlights));
    }

    /** The original file of the hit; empty when it is not within the subject's scope. */
    Optional<Path> original(Subject subject, String hitId) {
        Document d = index.read(s -> SearchIndex.unitInScope(s, subject, hitId, Set.of(PATH)));
        audit.append(subject, "search.open", d == null ? hitId : d.get(PATH), d == null ? "not found in scope" : null);
        return d == null ? Optional.empty() : Optional.of(Path.of(d.get(PATH)));
    }
}
