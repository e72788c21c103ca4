package org.jiandu.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

import org.jiandu.core.Progress;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Other modules' files in the archive search: each organisation's files of a collection are a folder of named
 * copies under {@code files/<collection>-search/<org>/}, indexed incrementally under that organisation, so the
 * search module's scope rules apply to them like to any archive.
 */
@Component(service = SearchableFiles.class)
public class IndexedModuleFiles implements SearchableFiles {

    private static final Pattern COLLECTION = Pattern.compile("[a-z0-9-]{1,40}");

    @Reference
    SearchService search;

    @Reference
    DataDirectory dataDirectory;

    @Override
    public List<String> add(Subject subject, String collection, String orgCode, String name, Path storedFile)
            throws IOException {
        // the names come from users (a file name) and from the organisation tree: neither may leave the folder
        if (!COLLECTION.matcher(collection).matches()) {
            throw new IllegalArgumentException("not a collection name: " + collection);
        }
        Path root = dataDirectory.files().resolve(collection + "-search");
        Path folder = root.resolve(orgCode).normalize();
        Path copy = folder.resolve(name).normalize();
        if (!folder.getParent().equals(root) || !copy.getParent().equals(folder)) {
            throw new IllegalArgumentException("not a single file name: " + name);
        }
        Files.createDirectories(folder);
        Files.copy(storedFile, copy, StandardCopyOption.REPLACE_EXISTING);
        IndexReport r = search.index(subject, List.of(folder), orgCode, null, Progress.NONE);
        return r.failed().stream().map(f -> f.path() + ": " + f.error()).toList();
    }
}
