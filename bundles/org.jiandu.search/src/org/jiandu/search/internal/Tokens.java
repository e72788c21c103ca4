package org.jiandu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jiandu.search.Normalizer;

/**
 * The token streams a text is indexed with, made from normalised text. Index format 3 has one,
 * {@code seq}: every unit of {@link ScriptUnits} in one position space — a Han character at its position, with the
 * bigram and trigram that start there at the same position; a word; a punctuation mark — and the term {@link #BREAK}
 * where whitespace separates two Han characters. A query of adjacent parts of any script is then one phrase, and
 * a Han run is still one n-gram term or a phrase of few, rare trigrams.
 * <p>
 * Formats 1 and 2 (archives indexed by earlier releases, searched until their folders are indexed again):
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

    static final String SEQ = "seq";
    /** The term at the position of whitespace between two Han characters in {@code seq}. */
    static final String BREAK = " ";
    static final String UNI = "uni", BI = "bi", TRI = "tri", WORD = "word";
    private static final int RUN_GAP = 10;
    /**
     * Longer words are indexed by their first this many characters (as Lucene's own analyzers do): a term may not
     * exceed 32 766 bytes, and one such word made the index writer refuse the file.
     */
    static final int MAX_WORD = 255;

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
            out.add(new Token(normalized.substring(start, Math.min(i, start + MAX_WORD)), 1));
        }
        return out;
    }

    /**
     * The same tokens as {@link #uni}, {@link #bi}, {@link #tri} ({@code size} 1, 2, 3) or {@link #words}
     * ({@code size} 0), made one at a time while the index writer reads them: a text of millions of characters
     * needs no list of millions of tokens.
     */
    static TokenStream lazy(String normalized, int size) {
        return new TextTokenStream(normalized, size);
    }

    private static final class TextTokenStream extends TokenStream {
        private final String text;
        private final int size;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private int at, runEnd, gap;

        TextTokenStream(String text, int size) {
            this.text = text;
            this.size = size;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
            runEnd = 0;
            gap = 1;
        }

        @Override
        public boolean incrementToken() {
            int n = text.length();
            if (size == 0) {
                while (at < n && !Normalizer.isWordChar(text.charAt(at))) {
                    at++;
                }
                if (at >= n) {
                    return false;
                }
                int start = at;
                while (at < n && Normalizer.isWordChar(text.charAt(at))) {
                    at++;
                }
                emit(start, Math.min(at, start + MAX_WORD), 1);
                return true;
            }
            while (true) {
                if (at + size <= runEnd) { // the next gram of the current run
                    emit(at, at + size, gap);
                    gap = 1;
                    at++;
                    return true;
                }
                // find the next run of Han characters long enough for a gram
                if (runEnd > 0 || at > 0) {
                    at = Math.max(at, runEnd);
                }
                while (at < n && !Normalizer.isHan(text.charAt(at))) {
                    at++;
                }
                if (at >= n) {
                    return false;
                }
                int start = at;
                int e = at;
                while (e < n && Normalizer.isHan(text.charAt(e))) {
                    e++;
                }
                if (runEnd > 0 && size > 1) {
                    gap = RUN_GAP; // the first gram of a later run comes after a gap
                }
                runEnd = e;
                at = start;
                if (e - start < size) {
                    at = e; // too short for a gram; the gap still applies to the next run
                }
            }
        }

        private void emit(int from, int to, int increment) {
            clearAttributes();
            term.setEmpty().append(text, from, to);
            inc.setPositionIncrement(increment);
        }
    }

    /** The {@code seq} stream of index format 3, made one token at a time while the index writer reads it. */
    static TokenStream seq(String normalized) {
        return new SeqTokenStream(normalized);
    }

    /** A word as format 3 indexes it: whole, or its first {@link #MAX_WORD} characters (never half a code point). */
    static String word(CharSequence s, int from, int to) {
        return s.subSequence(from, wordEnd(s, from, to)).toString();
    }

    /** Where format 3 cuts a word that is too long: before {@link #MAX_WORD} chars, not inside a surrogate pair. */
    static int wordEnd(CharSequence s, int from, int to) {
        int end = Math.min(to, from + MAX_WORD);
        if (end < to && end > from && Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
            end--;
        }
        return end;
    }

    private static final class SeqTokenStream extends TokenStream {
        private final String text;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private int at;
        /** After a Han character: where it started and where the bigram and trigram from it end (0: none). */
        private int gramFrom, bigramEnd, trigramEnd;
        private boolean afterHan;

        SeqTokenStream(String text) {
            this.text = text;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
            bigramEnd = trigramEnd = 0;
            afterHan = false;
        }

        @Override
        public boolean incrementToken() {
            if (bigramEnd > 0) { // the n-grams that start at the Han character just given, at its position
                emit(gramFrom, bigramEnd, 0);
                bigramEnd = 0;
                return true;
            }
            if (trigramEnd > 0) {
                emit(gramFrom, trigramEnd, 0);
                trigramEnd = 0;
                return true;
            }
            int n = text.length();
            boolean space = false;
            while (at < n && ScriptUnits.kind(text, at) == ScriptUnits.SPACE) {
                space = true;
                at++;
            }
            if (at >= n) {
                return false;
            }
            byte kind = ScriptUnits.kind(text, at);
            int start = at;
            if (kind == ScriptUnits.HAN && afterHan && space) {
                // a break between Han characters stays a break: a position of its own, which only a quoted
                // phrase with whitespace typed there asks for
                clearAttributes();
                term.setEmpty().append(BREAK);
                inc.setPositionIncrement(1);
                afterHan = false;
                at = start; // the character itself comes next, after no further whitespace
                return true;
            }
            if (kind == ScriptUnits.HAN) {
                at += ScriptUnits.width(text, at);
                emit(start, at, 1);
                afterHan = true;
                gramFrom = start;
                if (at < n && ScriptUnits.kind(text, at) == ScriptUnits.HAN) {
                    bigramEnd = at + ScriptUnits.width(text, at);
                    if (bigramEnd < n && ScriptUnits.kind(text, bigramEnd) == ScriptUnits.HAN) {
                        trigramEnd = bigramEnd + ScriptUnits.width(text, bigramEnd);
                    }
                }
                return true;
            }
            afterHan = false;
            if (kind == ScriptUnits.WORD) {
                at = ScriptUnits.wordEnd(text, at);
                emit(start, wordEnd(text, start, at), 1);
            } else {
                at += ScriptUnits.width(text, at);
                emit(start, at, 1);
            }
            return true;
        }

        private void emit(int from, int to, int increment) {
            clearAttributes();
            term.setEmpty().append(text, from, to);
            inc.setPositionIncrement(increment);
        }
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
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
