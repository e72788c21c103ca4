package org.jiandu.search.internal;

import java.io.IOException;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The units within a subject's scope: those carrying its scope path. When every unit of the index carries it (a
 * county user over the county's own archive, the usual case) the filter is dropped instead of intersecting every
 * match with a posting list as long as the index. {@code docFreq} counts deleted units too, so "every unit" is
 * never claimed while one without the path could still match.
 */
final class ScopeQuery extends Query {

    private final Term scope;

    ScopeQuery(Term scope) {
        this.scope = scope;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        int all = searcher.getIndexReader().maxDoc();
        return all > 0 && searcher.getIndexReader().docFreq(scope) == all ? MatchAllDocsQuery.INSTANCE : new TermQuery(scope);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "scope:" + scope.text();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && scope.equals(((ScopeQuery) other).scope);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + scope.hashCode();
    }
}
