package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.CASE;
import static org.jiandu.search.internal.IndexFields.FACETS;
import static org.jiandu.search.internal.IndexFields.FORM;
import static org.jiandu.search.internal.IndexFields.OCR;
import static org.jiandu.search.internal.IndexFields.TAG;
import static org.jiandu.search.internal.IndexFields.TOWNSHIP;
import static org.jiandu.search.internal.IndexFields.TYPE;
import static org.jiandu.search.internal.IndexFields.YEAR;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.jiandu.core.model.DisciplineForm;

/** Counts the values of the facet fields over every match, segment by segment, and the exact total with them. */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    record Result(long total, Map<String, Map<String, Long>> facets) {
    }

    /**
     * The facets as reported: the counted ones, the discipline form (from the cases of the counted case numbers) and
     * the subject's tags (each counted within the matches {@code q}), in the order the result lists them.
     */
    static Map<String, Map<String, Long>> reported(Result counted, Once<Map<String, DisciplineForm>> forms,
            Map<String, List<String>> tagged, IndexSearcher s, Query q) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>(counted.facets());
        Map<String, Long> byForm = new TreeMap<>();
        facets.get(CASE).forEach((no, count) -> {
            DisciplineForm form = forms.get().get(no);
            if (form != null) {
                byForm.merge(String.valueOf(form.number()), count, Long::sum);
            }
        });
        facets.put(FORM, byForm);
        Map<String, Long> byTag = new TreeMap<>();
        for (Map.Entry<String, List<String>> t : tagged.entrySet()) {
            long c = s.count(new BooleanQuery.Builder().add(q, Occur.FILTER)
                    .add(DatabaseFilters.inPaths(t.getValue()), Occur.FILTER).build());
            if (c > 0) {
                byTag.put(t.getKey(), c);
            }
        }
        facets.put(TAG, byTag);
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (String f : new String[] { TOWNSHIP, YEAR, TYPE, FORM, CASE, TAG, OCR }) {
            ordered.put(f, facets.get(f));
        }
        return ordered;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> collectors) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        long total = 0;
        for (Counter c : collectors) {
            total += c.total;
        }
        for (String f : FACETS) {
            Map<String, Long> m = new TreeMap<>();
            for (Counter c : collectors) {
                c.counts.getOrDefault(f, Map.of()).forEach((k, v) -> m.merge(k, v, Long::sum));
            }
            m.remove("");
            out.put(f, m);
        }
        return new Result(total, out);
    }

    /** The counts of one search slice. */
    static final class Counter implements Collector {
        final Map<String, Map<String, Long>> counts = new HashMap<>();
        long total;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            SortedDocValues[] dv = new SortedDocValues[FACETS.length];
            int[][] ordCounts = new int[FACETS.length][];
            for (int i = 0; i < FACETS.length; i++) {
                dv[i] = ctx.reader().getSortedDocValues(FACETS[i]);
                ordCounts[i] = dv[i] == null ? null : new int[dv[i].getValueCount()];
            }
            int[][] ords = FacetOrds.of(ctx.reader(), FACETS);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    total++;
                    for (int i = 0; i < ords.length; i++) {
                        int o = ords[i][doc];
                        if (o >= 0) {
                            ordCounts[i][o]++; // by ordinal; names are looked up once per segment
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < FACETS.length; i++) {
                        if (ordCounts[i] == null) {
                            continue;
                        }
                        Map<String, Long> m = counts.computeIfAbsent(FACETS[i], k -> new HashMap<>());
                        for (int o = 0; o < ordCounts[i].length; o++) {
                            if (ordCounts[i][o] > 0) {
                                m.merge(dv[i].lookupOrd(o).utf8ToString(), (long) ordCounts[i][o], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
