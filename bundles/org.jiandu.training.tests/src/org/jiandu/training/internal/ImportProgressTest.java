package org.jiandu.training.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Finding 6: the import's progress while writing must grow steadily, also for files of many rows. */
class ImportProgressTest {

    @Test
    void theWritingProgressNeverJumpsBackForLargeFiles() {
        for (int total : new int[] { 1_000, 21_475, 50_000, 100_000, 1_000_000 }) {
            int last = total;
            for (int i = 0; i <= total; i += 500) {
                int done = TrainingImporter.writingDone(i, total, total);
                assertTrue(done >= last && done <= total * 2, "total " + total + ", row " + i + ": " + done + " after " + last);
                last = done;
            }
        }
    }
}
