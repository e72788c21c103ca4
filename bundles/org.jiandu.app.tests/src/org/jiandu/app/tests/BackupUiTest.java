package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.backup.ui.BackupStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups from the workbench: the daily backup is made at the first start and named in the status line; File → Back
 * up now writes another and says where; File → Restore a backup… rebuilds one as a new data directory; a user who
 * is not the administrator cannot run either.
 */
class BackupUiTest {

    private static final String BACKUP = "org.jiandu.backup.ui.command.backup";
    private static final String RESTORE = "org.jiandu.backup.ui.command.restore";

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    @Test
    void backUpAndRestoreFromTheFileMenu() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "admin")) {
            IEclipseContext context = wb.workbench.getApplication().getChildren().get(0).getContext();
            Label status = wb.await("the backup status", () -> UiLookup.named(wb.window, BackupStatus.LABEL, Label.class));
            String daily = wb.await("the daily backup named in the status line",
                    () -> status.getText().matches(".*\\d{2}:\\d{2}.*") && !status.getText().contains("%") ? status.getText() : null,
                    () -> "status: " + status.getText() + " log: " + log(data));
            assertTrue(backups(data) == 1, "one daily backup after the first start: " + daily);

            wb.await("back up now enabled", () -> Commands.canExecute(context, BACKUP) ? true : null);
            wb.display().asyncExec(() -> Commands.execute(context, BACKUP));
            Shell done = wb.await("the backup's report", () -> UiLookup.shell(wb.display(), "Back up now") != null
                    ? UiLookup.shell(wb.display(), "Back up now") : UiLookup.shell(wb.display(), "立即备份"));
            wb.run(done::close);
            assertTrue(backups(data) == 2, "a second backup by hand");

            Path target = elsewhere.resolve("restored");
            wb.display().asyncExec(() -> Commands.execute(context, RESTORE));
            Shell dialog = wb.await("the restore dialog", () -> UiLookup.shell(wb.display(), "Restore a backup") != null
                    ? UiLookup.shell(wb.display(), "Restore a backup") : UiLookup.shell(wb.display(), "恢复备份"));
            wb.run(() -> {
                UiLookup.named(dialog, "jiandu.restore.target", Text.class).setText(target.toString());
                dialog.getDefaultButton().notifyListeners(SWT.Selection, null);
            });
            Shell restored = wb.await("the restore's report", () -> !dialog.isDisposed() ? null
                    : UiLookup.shell(wb.display(), "Restore a backup") != null ? UiLookup.shell(wb.display(), "Restore a backup")
                    : UiLookup.shell(wb.display(), "恢复备份"));
            wb.run(restored::close);
            assertTrue(Files.isDirectory(target.resolve("db")), "the restored data directory has its database");
            assertTrue(Files.isRegularFile(target.resolve("audit.anchor")), "and its audit checkpoint");
        }
    }

    @Test
    void onlyTheAdministratorBacksUpOrRestores() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "county")) {
            IEclipseContext context = wb.workbench.getApplication().getChildren().get(0).getContext();
            assertFalse(wb.call(() -> Commands.canExecute(context, BACKUP)), "back up now for the county commission");
            assertFalse(wb.call(() -> Commands.canExecute(context, RESTORE)), "restore for the county commission");
        }
    }

    private static String log(Path data) {
        try (Stream<Path> s = Files.list(data.resolve("logs"))) {
            StringBuilder b = new StringBuilder();
            for (Path p : s.toList()) {
                b.append(Files.readString(p));
            }
            return b.toString() + " backups: " + (Files.isDirectory(data.resolve("backups"))
                    ? Files.list(data.resolve("backups")).toList() : "none");
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static long backups(Path data) throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("manifest.sha256"))).count();
        }
    }
}
