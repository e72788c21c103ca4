package org.jiandu.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet values of every unit of a segment as plain arrays of ordinals (−1: no value), read once per segment.
 * Counting facets over most of a large index then costs an array read per unit and facet instead of a doc-values
 * lookup; a segment never changes its doc values, and its arrays go when the segment is closed.
 */
final class FacetOrds {

    private static final Map<Object, int[][]> BY_SEGMENT = new ConcurrentHashMap<>();

    private FacetOrds() {
    }

    /** {@code ords[facet][doc]}; an array of −1 for a facet the segment has no values of. */
    static int[][] of(LeafReader leaf, String[] facets) throws IOException {
        IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
        if (core == null) {
            return read(leaf, facets);
        }
        int[][] known = BY_SEGMENT.get(core.getKey());
        if (known == null) {
            known = read(leaf, facets);
            if (BY_SEGMENT.putIfAbsent(core.getKey(), known) == null) {
                core.addClosedListener(BY_SEGMENT::remove);
            }
        }
        return known;
    }

    private static int[][] read(LeafReader leaf, String[] facets) throws IOException {
        int[][] ords = new int[facets.length][leaf.maxDoc()];
        for (int i = 0; i < facets.length; i++) {
            Arrays.fill(ords[i], -1);
            SortedDocValues dv = leaf.getSortedDocValues(facets[i]);
            if (dv == null) {
                continue;
            }
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                ords[i][d] = dv.ordValue();
            }
        }
        return ords;
    }
}
