package org.jiandu.backup.ui;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Makes the workbench's {@link BackupRuns} (for the File menu's handlers and the status line) and starts the automatic
 * daily backup: at the first start of a day (when the installation has no backup of today yet), a few seconds after
 * the window is up, whoever logged in; old daily backups are then thinned by the retention rule. A backup still
 * running when the workbench closes is cancelled, which leaves nothing behind.
 */
public class DailyBackupAddon {

    private BackupRuns runs;

    @PostConstruct
    void start(MApplication app) {
        runs = ContextInjectionFactory.make(BackupRuns.class, app.getContext());
        app.getContext().set(BackupRuns.class, runs);
        Display display = Display.getCurrent();
        if (display != null) {
            runs.daily(display);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel();
        }
    }
}
