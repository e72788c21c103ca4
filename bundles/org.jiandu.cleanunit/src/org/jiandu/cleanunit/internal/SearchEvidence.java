package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.SearchableFiles;
import org.jiandu.core.security.Subject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes evidence searchable when the build has a search module: SCR activates this only while a core
 * {@link SearchableFiles} service is registered, so the clean-unit module works without search and never sees its
 * packages. The file is named by evidence id and its own name, under the unit's organisation.
 */
@Component(service = EvidenceSink.class)
public class SearchEvidence implements EvidenceSink {

    @Reference
    SearchableFiles searchable;

    @Override
    public void added(Subject subject, String orgCode, long evidenceId, String fileName, Path storedFile) {
        try {
            List<String> failed = searchable.add(subject, "cleanunit", orgCode, evidenceId + "-" + fileName, storedFile);
            if (!failed.isEmpty()) {
                log("evidence " + evidenceId + " not searchable: " + failed.size() + " file(s) unreadable");
            }
        } catch (IOException | RuntimeException e) {
            // the evidence itself is stored; only its search entry is missing, and the next index run of the folder adds
            // it (the log names no file: its name may be personal)
            log("evidence " + evidenceId + " not indexed: " + e.getClass().getSimpleName());
        }
    }

    private static void log(String message) {
        System.getLogger(SearchEvidence.class.getName()).log(System.Logger.Level.WARNING, message);
    }
}
