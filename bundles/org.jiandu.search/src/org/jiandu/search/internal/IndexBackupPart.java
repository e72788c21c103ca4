package org.jiandu.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.search.SearchService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The search index in a backup: its last commit, held while it is copied, so indexing may go on meanwhile. */
@Component(service = BackupPart.class)
public class IndexBackupPart implements BackupPart {

    @Reference
    SearchService search;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<String> copy(Path backup, Progress progress) throws IOException {
        ((LuceneSearchService) search).index().copyCommit(backup.resolve(DATA).resolve("index"), progress);
        return List.of();
    }
}
