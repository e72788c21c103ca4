package org.jiandu.search.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Which token fields the units of an index carry. Every unit stores the format it was written in; an archive
 * indexed by an earlier release keeps being searched exactly (through the bigrams every format has) until all of
 * its units have been re-indexed, which indexing a folder does by itself for units in an older format.
 * <ul>
 * <li>1: {@code uni}, {@code bi}, {@code word} (no format field);</li>
 * <li>2: adds {@code tri}.</li>
 * </ul>
 */
final class IndexFormat {

    static final String FIELD = "format";
    static final int CURRENT = 2;
    private static final BytesRef CURRENT_TERM = new BytesRef(String.valueOf(CURRENT));

    /** Per segment reader (its deletions included): whether every live unit is in the current format. */
    private static final Map<Object, Boolean> CURRENT_BY_LEAF = Collections.synchronizedMap(new WeakHashMap<>());

    private IndexFormat() {
    }

    /** Adds a unit's token fields (from its normalised text) as the given format has them, and the format itself. */
    static void addFields(Document d, String normalized, int format) {
        d.add(new TextField(Tokens.UNI, Tokens.lazy(normalized, 1)));
        d.add(new TextField(Tokens.BI, Tokens.lazy(normalized, 2)));
        d.add(new TextField(Tokens.WORD, Tokens.lazy(normalized, 0)));
        if (format >= 2) {
            d.add(new TextField(Tokens.TRI, Tokens.lazy(normalized, 3)));
            d.add(new StringField(FIELD, String.valueOf(format), Field.Store.YES));
        }
    }

    /** The format a stored unit was written in (1 when it has none). */
    static int of(String stored) {
        return stored == null ? 1 : Integer.parseInt(stored);
    }

    /** Whether every live unit of the index was written in the current format, so trigram queries find them all. */
    static boolean hasTrigrams(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!current(leaf.reader())) {
                return false;
            }
        }
        return true;
    }

    private static boolean current(LeafReader leaf) throws IOException {
        if (leaf.numDocs() == 0) {
            return true;
        }
        int withFormat = leaf.docFreq(new Term(FIELD, CURRENT_TERM));
        if (leaf.getLiveDocs() == null) {
            return withFormat == leaf.maxDoc(); // the common case: answered from the term dictionary
        }
        if (withFormat < leaf.numDocs()) {
            return false;
        }
        // deletions (e.g. older units just replaced by re-indexing) still count in docFreq: count live ones once
        if (leaf.getReaderCacheHelper() == null) {
            return liveWithFormat(leaf) == leaf.numDocs();
        }
        Object key = leaf.getReaderCacheHelper().getKey();
        Boolean known = CURRENT_BY_LEAF.get(key);
        if (known == null) {
            known = liveWithFormat(leaf) == leaf.numDocs();
            CURRENT_BY_LEAF.put(key, known);
        }
        return known;
    }

    private static int liveWithFormat(LeafReader leaf) throws IOException {
        TermsEnum terms = leaf.terms(FIELD).iterator();
        if (!terms.seekExact(CURRENT_TERM)) {
            return 0;
        }
        Bits live = leaf.getLiveDocs();
        PostingsEnum docs = terms.postings(null, PostingsEnum.NONE);
        int n = 0;
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live.get(d)) {
                n++;
            }
        }
        return n;
    }
}
