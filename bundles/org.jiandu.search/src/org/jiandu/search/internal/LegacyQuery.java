package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.jiandu.search.Normalizer;

/**
 * A query term as releases before index format 3 read it, for the units they wrote: folded the earlier way, each
 * Han run an exact substring and each Latin word a term, all of them required but not adjacent. Unchanged on
 * purpose — it is what those units were indexed for.
 */
final class LegacyQuery {

    private LegacyQuery() {
    }

    /** The term as formats 1 and 2 match it (syntax already checked by the current parser). */
    static Query of(String raw, boolean quoted) {
        String s = Normalizer.legacy(raw);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> phraseWords = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Normalizer.isHan(c)) {
                int start = i;
                while (i < s.length() && Normalizer.isHan(s.charAt(i))) {
                    i++;
                }
                b.add(han(s.substring(start, i)), Occur.MUST);
            } else if (Normalizer.isWordChar(c) || (!quoted && (raw.charAt(i) == '*' || raw.charAt(i) == '?'))) {
                int start = i;
                while (i < s.length() && (Normalizer.isWordChar(s.charAt(i))
                        || (!quoted && (raw.charAt(i) == '*' || raw.charAt(i) == '?')))) {
                    i++;
                }
                String w = s.substring(start, i);
                if (!quoted && i < s.length() && raw.charAt(i) == '~') {
                    int e = i + 1;
                    while (e < s.length() && Character.isDigit(s.charAt(e))) {
                        e++;
                    }
                    int edits = e > i + 1 ? Math.min(2, Integer.parseInt(s.substring(i + 1, Math.min(e, i + 3)))) : 2;
                    b.add(new FuzzyQuery(new Term(Tokens.WORD, w), edits), Occur.MUST);
                    i = e;
                } else if (w.indexOf('*') >= 0 || w.indexOf('?') >= 0) {
                    if (!w.replace("*", "").replace("?", "").isEmpty()) { // a surrogate letter is no word char here
                        b.add(new WildcardQuery(new Term(Tokens.WORD, w)), Occur.MUST);
                    }
                } else if (quoted) {
                    phraseWords.add(w);
                } else {
                    b.add(new TermQuery(new Term(Tokens.WORD, w)), Occur.MUST);
                }
            } else {
                i++;
            }
        }
        if (!phraseWords.isEmpty()) {
            b.add(new PhraseQuery(Tokens.WORD, phraseWords.toArray(new String[0])), Occur.MUST);
        }
        return b.build();
    }

    /**
     * Exact substring: one character by the unigram field, two by one bigram, longer runs by n-gram phrases chosen
     * against the index they run on ({@link HanRunQuery}).
     */
    static Query han(String run) {
        if (run.length() == 1) {
            return new TermQuery(new Term(Tokens.UNI, run));
        }
        if (run.length() == 2) {
            return new TermQuery(new Term(Tokens.BI, run));
        }
        return new HanRunQuery(run);
    }
}
