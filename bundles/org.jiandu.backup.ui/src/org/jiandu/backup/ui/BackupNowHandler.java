package org.jiandu.backup.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.backup.BackupService;
import org.jiandu.backup.Sizes;
import org.jiandu.core.security.Role;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;

/**
 * File → Back up now: a backup of the whole installation into its {@code backups/} folder, while everyone goes on
 * working; the administrator's (a backup holds every township's material and the audit key).
 */
public class BackupNowHandler {

    @CanExecute
    boolean canExecute(Session session, BackupRuns runs) {
        return session.subject().role() == Role.ADMINISTRATOR && !runs.running();
    }

    @Execute
    void execute(Shell shell, Session session, BackupService backups, BackupRuns runs) {
        boolean started = runs.run(shell.getDisplay(), Messages.backup_job, 0,
                progress -> backups.backup(session.subject(), null, progress),
                info -> Dialogs.info(shell, Messages.backup_title, NLS.bind(Messages.backup_done,
                        new Object[] { info.folder(), info.files(), Sizes.of(info.bytes()),
                                String.join("\n", info.notes()) }).trim()),
                failed -> Dialogs.error(shell, Messages.backup_title, failed));
        if (!started) {
            Dialogs.info(shell, Messages.backup_title, Messages.busy);
        }
    }
}
