package org.jiandu.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.jiandu.core.security.Subject;

/** A rerunnable measurement of the search pipeline against bare Lucene on the same generated Chinese corpus. */
public interface SearchBenchmark {

    /**
     * @param work    an empty folder for the corpus and the baseline index
     * @param docs    corpus size
     * @param queries number of timed queries
     */
    Report run(Subject subject, Path work, int docs, int queries, Consumer<String> log);

    /**
     * Times queries through the service against the index already in the data directory (no indexing), after an
     * untimed warm-up: substrings of 2–6 Han characters drawn from stored units, and as many mixed ones — an amount
     * or number with the Han characters around it ({@code 补贴1234元}) — drawn the same way. Baseline, in the same
     * run over the same index: the same parsed queries on a bare Lucene searcher (top 20 and an exact count; no
     * scope, facets, snippets or audit).
     */
    QueryReport queries(Subject subject, int queries, Consumer<String> log);

    /**
     * Query latency over an existing index of {@code docs} units.
     *
     * @param currentFormat whether every unit has the current index format (else older units are searched too)
     */
    record QueryReport(int docs, int queries, double p50Ms, double p95Ms, double maxMs, double bareP50Ms,
            double bareP95Ms, double mixedP50Ms, double mixedP95Ms, double bareMixedP50Ms, double bareMixedP95Ms,
            boolean currentFormat, List<ByLength> byLength) {

        /** Medians of the Han queries of one length, through the service and bare. */
        public record ByLength(int length, int queries, double p50Ms, double bareP50Ms) {
        }
    }

    /**
     * @param pipelineDocsPerSec documents per second through {@link SearchService#index} (read, decode, hash,
     *                           tokenise, write, commit)
     * @param baselineDocsPerSec the same texts and token streams straight into a bare Lucene IndexWriter
     */
    record Report(int docs, long textBytes, double pipelineDocsPerSec, double pipelineMBPerSec,
            double baselineDocsPerSec, double baselineMBPerSec, double ratio, double queryP50Ms, double queryP95Ms,
            long indexBytes, double indexToText) {
    }
}
