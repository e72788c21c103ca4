package org.jiandu.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.security.Subject;

/**
 * Makes a file a module keeps searchable in the archive search, under an organisation: registered by the search
 * module when the build has it, used by modules that store files (clean-unit evidence). Neither module needs the
 * other's packages: without a search module nobody indexes, and the file is simply not searchable.
 */
public interface SearchableFiles {

    /**
     * Copies {@code storedFile} into the search module's folder for {@code collection} and the organisation, named
     * {@code name}, and indexes it with the caller's rights; the search module's scope rules then apply to it like
     * to any archived document.
     *
     * @param collection the module's folder (letters, digits and '-' only), e.g. {@code cleanunit}
     * @param name       the file name shown in search results (one path segment)
     * @return the files that could not be read or indexed (empty when it worked)
     * @throws IOException the copy could not be written
     */
    List<String> add(Subject subject, String collection, String orgCode, String name, Path storedFile)
            throws IOException;
}
