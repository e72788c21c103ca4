package org.jiandu.backup.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.backup.BackupService;
import org.jiandu.backup.RestoreService;
import org.jiandu.core.security.Role;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;

/**
 * File → Restore a backup…: checks every hash and the audit chain of a backup and rebuilds it as a new data directory
 * beside the installation in use (never over it); the user then opens it with {@code jiandu --data DIR}, e.g. to
 * compare, or makes it the installation's directory after closing the workbench.
 */
public class RestoreHandler {

    @CanExecute
    boolean canExecute(Session session, BackupRuns runs) {
        return session.subject().role() == Role.ADMINISTRATOR && !runs.running();
    }

    @Execute
    void execute(Shell shell, Session session, BackupService backups, RestoreService restore, BackupRuns runs) {
        Path data = session.dataDir();
        Path suggested = data.resolveSibling(data.getFileName() + "-restored");
        RestoreDialog dialog = new RestoreDialog(shell, backups.list(), suggested);
        if (dialog.open() != Window.OK) {
            return;
        }
        RestoreDialog.Choice c = dialog.choice();
        if (c.target().toAbsolutePath().normalize().equals(data.toAbsolutePath().normalize())) {
            Dialogs.error(shell, Messages.restore_title, Messages.restore_in_use);
            return;
        }
        boolean started = runs.run(shell.getDisplay(), Messages.restore_job, 0,
                progress -> restore.restore(c.backup(), c.target(), c.dbKey(), progress),
                r -> Dialogs.info(shell, Messages.restore_title, (NLS.bind(Messages.restore_done,
                        new Object[] { r.target(), r.files(), r.auditEntries() < 0 ? "-" : String.valueOf(r.auditEntries()) })
                        + "\n" + String.join("\n", r.notes())).trim()),
                failed -> Dialogs.error(shell, Messages.restore_title, failed));
        if (!started) {
            Dialogs.info(shell, Messages.restore_title, Messages.busy);
        }
    }
}
