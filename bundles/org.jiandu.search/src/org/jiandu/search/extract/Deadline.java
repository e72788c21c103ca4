package org.jiandu.search.extract;

import java.time.Duration;

/**
 * The time one file may take to read. Extraction is synchronous in the indexing thread, so the readers check this at
 * their loops (pages, records, sector chains) and give up with one {@link ExtractionException}; a hostile file then
 * costs at most this long instead of stalling the run.
 */
final class Deadline {

    static final Duration PER_FILE = Duration.ofSeconds(120);
    private static final ThreadLocal<long[]> AT = new ThreadLocal<>();

    private Deadline() {
    }

    static void start(Duration budget) {
        AT.set(new long[] { System.nanoTime() + budget.toNanos(), budget.toSeconds() });
    }

    static void clear() {
        AT.remove();
    }

    /** Throws when the file being read has used up its time. */
    static void check() throws ExtractionException {
        long[] d = AT.get();
        if (d != null && System.nanoTime() - d[0] > 0) {
            throw new ExtractionException("reading the file took longer than " + Math.max(1, d[1]) + " s: left out");
        }
    }
}
