package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jiandu.search.Normalizer;

/**
 * The three token streams a text is indexed with, made from normalised text:
 * <ul>
 * <li>{@code uni}: every Han character;</li>
 * <li>{@code bi}: overlapping Han bigrams at consecutive positions, with a gap between runs, so a phrase of
 * bigrams matches exactly the documents that contain the run as a substring — never across a break;</li>
 * <li>{@code tri}: overlapping Han trigrams the same way (index format 2): a run of three is one term, a longer
 * run a phrase of fewer, rarer terms with shorter position lists than its bigrams;</li>
 * <li>{@code word}: runs of other letters and digits, for words, wildcards and fuzzy matching.</li>
 * </ul>
 */
final class Tokens {

    static final String UNI = "uni", BI = "bi", TRI = "tri", WORD = "word";
    private static final int RUN_GAP = 10;

    private Tokens() {
    }

    /** A token and the position increment before it. */
    record Token(String term, int increment) {
    }

    static List<Token> uni(String normalized) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Normalizer.isHan(c)) {
                out.add(new Token(String.valueOf(c), 1));
            }
        }
        return out;
    }

    static List<Token> bi(String normalized) {
        return grams(normalized, 2);
    }

    static List<Token> tri(String normalized) {
        return grams(normalized, 3);
    }

    /** Overlapping runs of n Han characters; the first gram of each later run comes after a gap. */
    private static List<Token> grams(String normalized, int size) {
        List<Token> out = new ArrayList<>();
        int gap = 1;
        int i = 0, n = normalized.length();
        while (i < n) {
            if (!Normalizer.isHan(normalized.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Normalizer.isHan(normalized.charAt(i))) {
                i++;
            }
            for (int k = start; k + size <= i; k++) {
                out.add(new Token(normalized.substring(k, k + size), gap));
                gap = 1;
            }
            gap = RUN_GAP;
        }
        return out;
    }

    static List<Token> words(String normalized) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = normalized.length();
        while (i < n) {
            if (!Normalizer.isWordChar(normalized.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Normalizer.isWordChar(normalized.charAt(i))) {
                i++;
            }
            out.add(new Token(normalized.substring(start, i), 1));
        }
        return out;
    }

    static TokenStream stream(List<Token> tokens) {
        return new ListTokenStream(tokens);
    }

    /** Feeds precomputed tokens to the index writer. */
    private static final class ListTokenStream extends TokenStream {
        private final List<Token> tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private int next;

        ListTokenStream(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) {
                return false;
            }
            clearAttributes();
            Token t = tokens.get(next++);
            term.setEmpty().append(t.term());
            inc.setPositionIncrement(t.increment());
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            next = 0;
        }
    }
}
