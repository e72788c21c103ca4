package org.jiandu.backup.ui;

import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;

/**
 * The automatic daily backup: at the first start of a day (when the installation has no backup of today yet), a few
 * seconds after the window is up, whoever logged in; old daily backups are then thinned by the retention rule.
 */
public class DailyBackupAddon {

    @PostConstruct
    void start(BackupRuns runs) {
        Display display = Display.getCurrent();
        if (display != null) {
            runs.daily(display);
        }
    }
}
