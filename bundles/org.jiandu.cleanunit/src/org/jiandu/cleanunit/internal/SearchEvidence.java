package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes evidence searchable through the search module, when the build has it: SCR activates this only while a
 * {@link SearchService} is registered (the package import is optional, so the clean-unit module works without it).
 * Each organisation's evidence is a folder of named copies under {@code files/cleanunit-search/}, indexed
 * incrementally under that organisation, so the search module's scope rules apply to it like to any archive.
 */
@Component(service = EvidenceSink.class)
public class SearchEvidence implements EvidenceSink {

    @Reference
    SearchService search;

    @Reference
    DataDirectory dataDirectory;

    @Override
    public void added(Subject subject, String orgCode, long evidenceId, String fileName, Path storedFile) {
        Path folder = dataDirectory.files().resolve("cleanunit-search").resolve(orgCode);
        try {
            Files.createDirectories(folder);
            Files.copy(storedFile, folder.resolve(evidenceId + "-" + fileName), StandardCopyOption.REPLACE_EXISTING);
            IndexReport r = search.index(subject, List.of(folder), orgCode, null, Progress.NONE);
            if (!r.failed().isEmpty()) {
                log("evidence " + evidenceId + " not searchable: " + r.failed());
            }
        } catch (IOException | RuntimeException e) {
            // the evidence itself is stored; only its search entry is missing, and the next index run of the folder adds it
            log("evidence " + evidenceId + " not indexed: " + e);
        }
    }

    private static void log(String message) {
        System.getLogger(SearchEvidence.class.getName()).log(System.Logger.Level.WARNING, message);
    }
}
