package org.jiandu.search;

import java.nio.file.Path;
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
     * Times queries through the service against the index already in the data directory (no indexing): substrings
     * of 2–6 Han characters drawn from stored documents, after an untimed warm-up of 50 queries. In the same run and
     * over the same index, two baselines for the same strings: the service reading bigrams (as it does for an
     * archive of the earlier index format), and bare Lucene bigram phrases (top 20 and an exact count; no scope,
     * facets, snippets or audit).
     */
    QueryReport queries(Subject subject, int queries, Consumer<String> log);

    /**
     * Query latency over an existing index of {@code docs} units.
     *
     * @param currentFormat whether every unit has the current index format (else the service reads bigrams anyway)
     */
    record QueryReport(int docs, int queries, double p50Ms, double p95Ms, double maxMs, double bigramServiceP50Ms,
            double bigramServiceP95Ms, double bareBigramP50Ms, double bareBigramP95Ms, boolean currentFormat,
            java.util.List<ByLength> byLength) {

        /** Medians of the queries for runs of one length, in each of the three ways. */
        public record ByLength(int length, int queries, double p50Ms, double bigramServiceP50Ms, double bareBigramP50Ms) {
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
