package org.jiandu.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.core.backup.TreeCopy;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.Installation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The installation's settings, the audit key and the audit checkpoint, copied first: the checkpoint then never
 * runs ahead of the database copied after it. Not copied: {@code db.key} (an encrypted database's key is kept apart
 * from its backups, SECURITY.md), {@code db.secret} (a server's password), the lock, logs and window size.
 */
@Component(service = BackupPart.class)
public class SettingsBackupPart implements BackupPart {

    static final List<String> FILES = List.of(Installation.SETTINGS_FILE, AuditKeys.KEY_FILE, AuditKeys.ANCHOR_FILE);

    @Reference
    DataDirectory dir;

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> copy(Path backup, Progress progress) throws IOException {
        List<Path> present = new ArrayList<>();
        for (String f : FILES) {
            if (Files.isRegularFile(dir.root().resolve(f))) {
                present.add(Path.of(f));
            }
        }
        TreeCopy.copy(dir.root(), present, backup.resolve(DATA), name(), progress);
        return List.of();
    }
}
