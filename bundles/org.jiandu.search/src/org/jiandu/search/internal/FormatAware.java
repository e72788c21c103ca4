package org.jiandu.search.internal;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * One query term for every index format the index holds: the current format's query, and — only while units
 * written by an earlier release remain — the query those units were always searched with (their fields, their
 * folding), so an archive keeps its recall until its folders are indexed again. Each unit has the fields of one
 * format only, so each of the two finds only units of its own format.
 */
final class FormatAware extends Query {

    private final Query current;
    /** The term as typed, for the earlier formats' query, built only when units of those formats remain. */
    private final String raw;
    private final boolean quoted;

    FormatAware(Query current, String raw, boolean quoted) {
        this.current = Objects.requireNonNull(current);
        this.raw = Objects.requireNonNull(raw);
        this.quoted = quoted;
    }

    Query current() {
        return current;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        if (IndexFormat.allCurrent(searcher.getIndexReader())) {
            return current;
        }
        return new BooleanQuery.Builder().add(current, Occur.SHOULD).add(LegacyQuery.of(raw, quoted), Occur.SHOULD).build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return current.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && current.equals(((FormatAware) other).current)
                && raw.equals(((FormatAware) other).raw) && quoted == ((FormatAware) other).quoted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), current, raw, quoted);
    }
}
