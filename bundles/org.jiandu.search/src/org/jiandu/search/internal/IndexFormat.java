package org.jiandu.search.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jiandu.search.Normalizer;

/**
 * Which token fields the units of an index carry, and how text was folded for them. Every unit stores the format
 * it was written in; an archive indexed by an earlier release keeps being searched with the recall it had (by the
 * fields and folding of its format) until all of its units have been re-indexed, which indexing a folder does by
 * itself for units in an older format.
 * <ul>
 * <li>1: {@code uni}, {@code bi}, {@code word} (no format field), {@link Normalizer#legacy} folding;</li>
 * <li>2: adds {@code tri};</li>
 * <li>3: one field, {@code seq}, for all scripts in one position space ({@link Tokens#seq}), and the complete
 * Traditional → Simplified folding of {@link Normalizer#normalize}.</li>
 * </ul>
 */
final class IndexFormat {

    static final String FIELD = "format";
    static final int CURRENT = 3;

    /** Per segment reader (its deletions included) and lowest format: whether every live unit has at least it. */
    private static final Map<Object, Map<Integer, Boolean>> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

    private IndexFormat() {
    }

    /** The text as units of the given format are folded. */
    static String fold(String text, int format) {
        return format >= 3 ? Normalizer.normalize(text) : Normalizer.legacy(text);
    }

    /** Adds a unit's token fields (from its text folded for that format) as the given format has them, and the format. */
    static void addFields(Document d, String folded, int format) {
        if (format >= 3) {
            d.add(new TextField(Tokens.SEQ, Tokens.seq(folded)));
        } else {
            d.add(new TextField(Tokens.UNI, Tokens.lazy(folded, 1)));
            d.add(new TextField(Tokens.BI, Tokens.lazy(folded, 2)));
            d.add(new TextField(Tokens.WORD, Tokens.lazy(folded, 0)));
            if (format == 2) {
                d.add(new TextField(Tokens.TRI, Tokens.lazy(folded, 3)));
            }
        }
        if (format >= 2) {
            d.add(new StringField(FIELD, String.valueOf(format), Field.Store.YES));
        }
    }

    /** The format a stored unit was written in (1 when it has none). */
    static int of(String stored) {
        return stored == null ? 1 : Integer.parseInt(stored);
    }

    /** Whether every live unit of the index is in the current format, so the current fields find them all. */
    static boolean allCurrent(IndexReader reader) throws IOException {
        return allAtLeast(reader, CURRENT);
    }

    /** Whether every live unit of the index was written in the given format or a later one. */
    static boolean allAtLeast(IndexReader reader, int format) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!atLeast(leaf.reader(), format)) {
                return false;
            }
        }
        return true;
    }

    private static boolean atLeast(LeafReader leaf, int format) throws IOException {
        if (leaf.numDocs() == 0 || format <= 1) {
            return true;
        }
        int with = 0;
        for (int f = format; f <= CURRENT; f++) {
            with += leaf.docFreq(new Term(FIELD, String.valueOf(f)));
        }
        if (leaf.getLiveDocs() == null) {
            return with == leaf.maxDoc(); // the common case: answered from the term dictionary
        }
        if (with < leaf.numDocs()) {
            return false;
        }
        // deletions (e.g. older units just replaced by re-indexing) still count in docFreq: count live ones once
        if (leaf.getReaderCacheHelper() == null) {
            return liveWith(leaf, format) == leaf.numDocs();
        }
        Map<Integer, Boolean> byFormat = KNOWN.computeIfAbsent(leaf.getReaderCacheHelper().getKey(),
                k -> new ConcurrentHashMap<>());
        Boolean known = byFormat.get(format);
        if (known == null) {
            known = liveWith(leaf, format) == leaf.numDocs();
            byFormat.put(format, known);
        }
        return known;
    }

    private static int liveWith(LeafReader leaf, int format) throws IOException {
        Terms field = leaf.terms(FIELD);
        if (field == null) {
            return 0;
        }
        TermsEnum terms = field.iterator();
        Bits live = leaf.getLiveDocs();
        int n = 0;
        for (int f = format; f <= CURRENT; f++) {
            if (!terms.seekExact(new BytesRef(String.valueOf(f)))) {
                continue;
            }
            PostingsEnum docs = terms.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live.get(d)) {
                    n++;
                }
            }
        }
        return n;
    }
}
