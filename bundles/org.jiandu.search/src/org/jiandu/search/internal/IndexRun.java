package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.PATH;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.search.IndexReport;
import org.jiandu.search.extract.ExtractionException;
import org.jiandu.search.extract.Extractors;
import org.jiandu.search.extract.Ocr;
import org.jiandu.search.extract.TextUnit;

/**
 * One indexing run's writes for one organisation and case: each file added, updated, deleted or left unchanged,
 * counted, and each failure recorded against its file while the run goes on.
 */
final class IndexRun {

    private static final long MAX_FILE = 256L << 20;

    private final IndexWriter w;
    private final OrgNodeView org;
    private final String caseNo;
    private final Ocr ocr;
    private final int format;
    private int added, updated, deleted, unchanged;
    private final List<IndexReport.FileError> failed = new ArrayList<>();
    private final List<IndexReport.FileError> partial = new ArrayList<>();

    /** @param ocr OCR with its cache in the data directory, so a re-index never recognises twice */
    IndexRun(IndexWriter w, OrgNodeView org, String caseNo, Ocr ocr, int format) {
        this.w = w;
        this.org = org;
        this.caseNo = caseNo;
        this.ocr = ocr;
        this.format = format;
    }

    /**
     * Indexes one file unless it is unchanged since {@code was} ({mtime, size}, null when new); an unreadable file
     * is one error and its old text leaves the index.
     */
    void file(Path f, long[] was) throws IOException {
        String path = f.toString();
        try {
            long mtime = Files.getLastModifiedTime(f).toMillis();
            long size = Files.size(f);
            if (was != null && was[0] == mtime && was[1] == size) {
                unchanged++;
                return;
            }
            if (size > MAX_FILE) {
                throw new ExtractionException("file too large (" + (size >> 20) + " MB)");
            }
            byte[] content = Files.readAllBytes(f); // read once: hashed here, decoded by the extractor
            List<TextUnit> units = Extractors.extract(f, content, ocr);
            String hash = Hashes.sha256(content);
            content = null; // the extracted text is all that is needed from here on
            List<String> clipped = new ArrayList<>();
            w.updateDocuments(new Term(PATH, path), UnitDocuments.of(f, units, org, caseNo, mtime, size, hash, format, clipped));
            if (!clipped.isEmpty()) {
                partial.add(new IndexReport.FileError(path, String.join("; ", clipped)));
            }
            if (was == null) {
                added++;
            } else {
                updated++;
            }
        } catch (ExtractionException | IOException | RuntimeException | OutOfMemoryError e) {
            // one file's failure is that file's: recorded, and the run goes on, unless the index itself is broken
            if (w.getTragicException() != null) {
                throw new IOException("the index writer stopped: " + Extractors.oneLine(w.getTragicException()), e);
            }
            failed.add(new IndexReport.FileError(path, e instanceof OutOfMemoryError ? "too large to index in memory"
                    : e instanceof ExtractionException || e instanceof IOException ? e.getMessage()
                    : "cannot be indexed (" + Extractors.oneLine(e) + ")"));
            if (was != null) {
                w.deleteDocuments(new Term(PATH, path)); // its old text no longer matches the file
            }
        }
    }

    /** Removes the units of a file that is gone. */
    void delete(String path) throws IOException {
        w.deleteDocuments(new Term(PATH, path));
        deleted++;
    }

    /** Records a file the run did not index, with the reason. */
    void fail(String path, String reason) {
        failed.add(new IndexReport.FileError(path, reason));
    }

    List<IndexReport.FileError> failed() {
        return failed;
    }

    IndexReport report(boolean cancelled) {
        return new IndexReport(added, updated, deleted, unchanged, failed, cancelled, partial);
    }
}
