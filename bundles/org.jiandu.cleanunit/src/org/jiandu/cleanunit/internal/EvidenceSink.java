package org.jiandu.cleanunit.internal;

import java.nio.file.Path;

import org.jiandu.core.security.Subject;

/** Told about each evidence file once it is stored (the search module, when installed, makes it searchable). */
interface EvidenceSink {

    /**
     * @param orgCode    the organisation the unit is (for a family: the cadre's)
     * @param storedFile the content-addressed copy in the data directory
     */
    void added(Subject subject, String orgCode, long evidenceId, String fileName, Path storedFile);
}
