package org.jiandu.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.core.backup.TreeCopy;
import org.jiandu.persistence.DataDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The data directory's {@code files/} (attachments, evidence, certificates of every module), copied after the
 * database: a file added meanwhile is an unreferenced extra, never a row whose file is missing.
 */
@Component(service = BackupPart.class)
public class FilesBackupPart implements BackupPart {

    @Reference
    DataDirectory dir;

    @Override
    public String name() {
        return "files";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> copy(Path backup, Progress progress) throws IOException {
        TreeCopy.copyTree(dir.files(), backup.resolve(DATA).resolve("files"), name(), progress);
        return List.of();
    }
}
