package org.jiandu.search.internal;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Exactly the units of index formats 1 and 2 that contain a run of three or more Han characters (the part of a
 * query that searches an archive indexed by an earlier release). Which n-grams it reads is decided against the
 * index it runs on: trigrams when no unit is in format 1 ({@link IndexFormat}), bigrams otherwise.
 * <p>
 * Either way the run is pinned down by a phrase of n-grams that covers every character: the n-gram at position k
 * covers characters k … k+n−1, so n-grams at 0, n, 2n, … and the last one (at length − n) give the same matches as
 * every overlapping n-gram with far fewer position lists to read. The phrase only decides the match (constant
 * score: it stops at the first occurrence in a unit); the rank comes from the frequency of the run's first n-gram,
 * which is far cheaper than counting every occurrence of the phrase in every matching unit.
 */
final class HanRunQuery extends Query {

    private final String run;

    HanRunQuery(String run) {
        if (run.length() < 3) {
            throw new IllegalArgumentException("a run of three or more characters, not '" + run + "'");
        }
        this.run = run;
    }

    String run() {
        return run;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return IndexFormat.allAtLeast(searcher.getIndexReader(), 2) ? covering(run, Tokens.TRI, 3)
                : covering(run, Tokens.BI, 2);
    }

    /** The run through n-grams of the given size in the given field. */
    static Query covering(String run, String field, int n) {
        TermQuery first = new TermQuery(new Term(field, run.substring(0, n)));
        if (run.length() == n) {
            return first;
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        int last = run.length() - n;
        for (int k = 0; k < last; k += n) {
            p.add(new Term(field, run.substring(k, k + n)), k);
        }
        p.add(new Term(field, run.substring(last)), last);
        return new BooleanQuery.Builder().add(first, Occur.MUST).add(p.build(), Occur.FILTER).build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "run:" + run;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && run.equals(((HanRunQuery) other).run);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), run);
    }
}
