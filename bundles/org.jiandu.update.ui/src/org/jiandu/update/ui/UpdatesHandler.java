package org.jiandu.update.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.backup.ui.BackupRuns;
import org.jiandu.core.security.Role;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;
import org.jiandu.ui.UserMessage;
import org.jiandu.update.Change;
import org.jiandu.update.Installed;
import org.jiandu.update.UpdateService;

/**
 * Help → Updates and modules: the administrator updates the installation from the repository the build published,
 * or adds and removes modules, while the workbench runs; the data is backed up first (one job at a time with the
 * backups) and the change takes effect at the next start.
 */
public class UpdatesHandler {

    /**
     * Set by a start script that starts the workbench again when it ends with {@code IApplication.EXIT_RESTART} (the
     * Linux script does; on Windows the workbench runs detached from its script, so it is closed instead).
     */
    static final String RESTARTABLE = "jiandu.restartable";

    @CanExecute
    boolean canExecute(Session session, @Optional BackupRuns runs) {
        return session.subject().role() == Role.ADMINISTRATOR && runs != null && !runs.running();
    }

    @Execute
    void execute(Shell shell, Session session, UpdateService updates, BackupRuns runs, IWorkbench workbench) {
        Installed installed;
        try {
            installed = updates.installed();
        } catch (RuntimeException e) {
            Dialogs.error(shell, Messages.title, UserMessage.of(e));
            return;
        }
        UpdatesDialog dialog = new UpdatesDialog(shell, updates, installed);
        if (dialog.open() != UpdatesDialog.OK) {
            return;
        }
        UpdatesDialog.Choice c = dialog.choice();
        boolean started = runs.run(shell.getDisplay(), Messages.job, 0, progress -> {
            if (c.remember()) {
                updates.setLocation(session.subject(), c.from());
            }
            return updates.change(session.subject(), c.from(), c.update(), c.add(), c.remove(), progress);
        }, change -> {
            boolean restartable = Boolean.getBoolean(RESTARTABLE);
            if (Dialogs.confirm(shell, Messages.title, NLS.bind(restartable ? Messages.done_restart : Messages.done,
                    summary(change), change.backup() == null ? "" : change.backup()),
                    restartable ? Messages.restart : Messages.close)) {
                if (restartable) {
                    workbench.restart();
                } else {
                    workbench.close();
                }
            }
        }, failed -> Dialogs.error(shell, Messages.title, failed));
        if (!started) {
            Dialogs.info(shell, Messages.title, Messages.busy);
        }
    }

    private static String summary(Change change) {
        List<String> parts = new ArrayList<>();
        if (!change.before().version().equals(change.after().version())) {
            parts.add(NLS.bind(Messages.done_version, change.before().version(), change.after().version()));
        }
        if (!change.added().isEmpty()) {
            parts.add(NLS.bind(Messages.done_added, ModuleNames.list(change.added(), change::title)));
        }
        if (!change.removed().isEmpty()) {
            parts.add(NLS.bind(Messages.done_removed, ModuleNames.list(change.removed(), change::title)));
        }
        return String.join(Messages.summary_separator, parts);
    }
}
