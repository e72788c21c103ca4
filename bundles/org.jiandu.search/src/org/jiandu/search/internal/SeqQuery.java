package org.jiandu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Exactly the units (of index format 3) in which a query term's {@link ScriptUnits units} occur adjacent and in
 * order: one phrase over the {@code seq} field, in which a Han run is covered by its n-grams (one bigram or
 * trigram for two or three characters; trigrams at 0, 3, 6 … and the last one for longer runs — the same matches
 * as every overlapping n-gram from far fewer position lists), words and marks are single terms, and a word with
 * a wildcard or {@code ~} is the set of indexed words it stands for.
 * <p>
 * The phrase only decides the match (constant score, it stops at the first occurrence in a unit); the rank comes
 * from the frequency of the first plain term, which is far cheaper than counting every occurrence of the phrase.
 */
final class SeqQuery extends Query {

    /**
     * One unit of the query. {@code spaceBefore}: whitespace was typed before it (only in quotes; between two Han
     * characters it then means "whitespace or none"). {@code pattern}: a wildcard or fuzzy word, else null.
     */
    record Part(byte kind, String text, boolean spaceBefore, MultiTermQuery pattern) {
    }

    /** Places where typed whitespace between Han characters may be there or not: at most 2^4 phrases. */
    static final int MAX_OPTIONAL_BREAKS = 4;
    /** Indexed words one wildcard or fuzzy word of a longer term may stand for. */
    static final int MAX_EXPANSIONS = 1024;
    /** Indexed words a wildcard or fuzzy word standing alone may stand for (one set query, no phrase). */
    static final int MAX_LONE_EXPANSIONS = 200_000;

    private final List<Part> parts;

    SeqQuery(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a query term needs at least one unit");
        }
        this.parts = List.copyOf(parts);
    }

    List<Part> parts() {
        return parts;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        if (parts.size() == 1 && parts.get(0).pattern() != null) { // a lone wildcard or fuzzy word: any of its words
            Term[] words = expand(searcher, parts.get(0).pattern(), MAX_LONE_EXPANSIONS);
            return words.length == 0 ? new MatchNoDocsQuery("no indexed word matches " + parts.get(0).text())
                    : new TermInSetQuery(Tokens.SEQ, Arrays.stream(words).map(Term::bytes).toList());
        }
        List<Term[]> terms = new ArrayList<>(parts.size());
        for (Part p : parts) {
            Term[] t = p.pattern() == null ? new Term[] { new Term(Tokens.SEQ, p.text()) }
                    : expand(searcher, p.pattern(), MAX_EXPANSIONS);
            if (t.length == 0) {
                return new MatchNoDocsQuery("no indexed word matches " + p.text());
            }
            terms.add(t);
        }
        List<Integer> optional = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            if (hanBreak(i) && optional.size() < MAX_OPTIONAL_BREAKS) {
                optional.add(i);
            }
        }
        if (optional.isEmpty()) {
            return phrase(terms, 0, List.of());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            any.add(phrase(terms, mask, optional), Occur.SHOULD);
        }
        return any.build();
    }

    /** Whether whitespace was typed between two Han characters before part i. */
    private boolean hanBreak(int i) {
        return parts.get(i).spaceBefore() && parts.get(i).kind() == ScriptUnits.HAN
                && parts.get(i - 1).kind() == ScriptUnits.HAN;
    }

    /**
     * The phrase in which the typed breaks between Han characters listed in {@code optional} whose bit in
     * {@code closed} is set are left out (the characters adjacent); every other typed break is a break.
     */
    private Query phrase(List<Term[]> terms, int closed, List<Integer> optional) {
        List<Term[]> slots = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int pos = 0;
        int i = 0;
        while (i < parts.size()) {
            if (i > 0) {
                if (breaksAt(i, closed, optional)) { // whitespace between the Han characters, as the index marks it
                    slots.add(new Term[] { new Term(Tokens.SEQ, Tokens.BREAK) });
                    at.add(++pos);
                }
                pos++;
            }
            if (parts.get(i).kind() != ScriptUnits.HAN) {
                slots.add(terms.get(i));
                at.add(pos);
                i++;
                continue;
            }
            // a run of adjacent Han characters (no break inside): its n-grams at their positions
            StringBuilder run = new StringBuilder(parts.get(i).text());
            int runStart = pos;
            int j = i + 1;
            while (j < parts.size() && parts.get(j).kind() == ScriptUnits.HAN && !breaksAt(j, closed, optional)) {
                run.append(parts.get(j).text());
                j++;
            }
            int[] cps = run.codePoints().toArray();
            int n = Math.min(3, cps.length);
            int last = cps.length - n;
            for (int k = 0; k < last; k += n) {
                slots.add(new Term[] { new Term(Tokens.SEQ, new String(cps, k, n)) });
                at.add(runStart + k);
            }
            slots.add(new Term[] { new Term(Tokens.SEQ, new String(cps, last, n)) });
            at.add(runStart + last);
            pos = runStart + cps.length - 1;
            i = j;
        }
        if (slots.size() == 1 && slots.get(0).length == 1) {
            return new TermQuery(slots.get(0)[0]);
        }
        Query match;
        if (slots.stream().allMatch(t -> t.length == 1)) {
            PhraseQuery.Builder p = new PhraseQuery.Builder();
            for (int s = 0; s < slots.size(); s++) {
                p.add(slots.get(s)[0], at.get(s));
            }
            match = p.build();
        } else {
            MultiPhraseQuery.Builder p = new MultiPhraseQuery.Builder();
            for (int s = 0; s < slots.size(); s++) {
                p.add(slots.get(s), at.get(s));
            }
            match = p.build();
        }
        Term rank = slots.stream().filter(t -> t.length == 1).map(t -> t[0]).findFirst().orElse(null);
        if (rank == null) {
            return match;
        }
        return new BooleanQuery.Builder().add(new TermQuery(rank), Occur.MUST).add(match, Occur.FILTER).build();
    }

    /** Whether the text must break between part j and the Han character before it (typed, and not left out). */
    private boolean breaksAt(int j, int closed, List<Integer> optional) {
        if (!hanBreak(j)) {
            return false;
        }
        int k = optional.indexOf(j);
        return k < 0 || (closed & 1 << k) == 0;
    }

    /**
     * The indexed words a wildcard or fuzzy word stands for: the pattern runs over every term of the field, and
     * Han n-grams and marks are left out (a fuzzy {@code ab~2} is within two edits of any single character).
     */
    private static Term[] expand(IndexSearcher searcher, MultiTermQuery pattern, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Tokens.SEQ);
        if (terms == null) {
            return new Term[0];
        }
        List<Term> out = new ArrayList<>();
        TermsEnum e = pattern.getTermsEnum(terms);
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            String word = t.utf8ToString();
            if (ScriptUnits.kind(word, 0) != ScriptUnits.WORD) {
                continue;
            }
            if (out.size() == max) {
                throw new IndexSearcher.TooManyClauses("'" + pattern + "' stands for more than " + max + " words");
            }
            out.add(new Term(Tokens.SEQ, word));
        }
        return out.toArray(new Term[0]);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        StringBuilder sb = new StringBuilder("seq:");
        for (Part p : parts) {
            sb.append(p.spaceBefore() ? " " : "").append(p.text());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && parts.equals(((SeqQuery) other).parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), parts);
    }
}
