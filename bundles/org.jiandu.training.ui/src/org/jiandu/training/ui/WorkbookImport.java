package org.jiandu.training.ui;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.jiandu.core.Progress;
import org.jiandu.core.office.ImportReport;
import org.jiandu.training.ImportKind;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;

/**
 * A roster or an attendance workbook imported as a job with progress and cancel; when rows are bad, they are listed
 * and the good rows alone are offered.
 */
final class WorkbookImport {

    private final Control owner;
    private final Display display;
    private final TrainingService training;
    private final Session session;
    private final Runnable imported;

    /** @param imported run on the UI thread after rows were imported */
    WorkbookImport(Control owner, TrainingService training, Session session, Runnable imported) {
        this.owner = owner;
        this.display = owner.getDisplay();
        this.training = training;
        this.session = session;
        this.imported = imported;
    }

    private static String title(ImportKind kind) {
        return SessionsTab.title(kind == ImportKind.ROSTER ? Messages.import_roster : Messages.import_attendance);
    }

    /** Asks for the workbook, then imports it. */
    void ask(ImportKind kind) {
        FileDialog fd = new FileDialog(owner.getShell(), SWT.OPEN);
        fd.setText(title(kind));
        fd.setFilterExtensions(new String[] { "*.xlsx" });
        String file = fd.open();
        if (file != null) {
            start(Path.of(file), kind, false);
        }
    }

    /** Starts the import job; {@code goodRowsOnly} skips bad rows instead of refusing the file. */
    Job start(Path file, ImportKind kind, boolean goodRowsOnly) {
        String title = title(kind);
        Job job = new Job(title + " " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 1000);
                Progress p = new Progress() {
                    int last;

                    @Override
                    public void worked(int done, int total, String current) {
                        int now = total == 0 ? 0 : (int) (1000L * done / total);
                        monitor.worked(Math.max(0, now - last));
                        last = now;
                        if (current != null) {
                            monitor.subTask(current);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCanceled();
                    }
                };
                try {
                    ImportReport r = training.importXlsx(session.subject(), file, kind, Map.of(), goodRowsOnly, p);
                    display.asyncExec(() -> finished(file, kind, r));
                } catch (RuntimeException e) {
                    String message = Failures.of(e);
                    display.asyncExec(() -> {
                        if (!owner.isDisposed()) {
                            Dialogs.error(owner.getShell(), title, message);
                        }
                    });
                }
                monitor.done();
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void finished(Path file, ImportKind kind, ImportReport r) {
        if (owner.isDisposed()) {
            return;
        }
        String title = title(kind);
        if (!r.imported()) {
            long bad = r.badRows();
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.import_bad, bad, r.rows()));
            r.errors().stream().limit(30).forEach(e -> sb.append('\n').append(e));
            if (r.errors().size() > 30) {
                sb.append("\n…");
            }
            if (r.rows() <= bad) {
                Dialogs.error(owner.getShell(), title, sb.toString());
                return;
            }
            MessageDialog md = new MessageDialog(owner.getShell(), title, null, sb.toString(), MessageDialog.ERROR, 1,
                    Messages.import_good_rows, Messages.cancel);
            if (md.open() == 0) {
                start(file, kind, true);
            }
            return;
        }
        imported.run();
        Dialogs.info(owner.getShell(), title, NLS.bind(Messages.import_done, new Object[] { r.added(), r.updated(), r.badRows() }));
    }
}
