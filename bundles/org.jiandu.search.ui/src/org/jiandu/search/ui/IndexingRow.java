package org.jiandu.search.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.jiandu.core.Progress;
import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;
import org.jiandu.ui.UserMessage;

/**
 * Indexing a folder as a cancellable background job, and the row that shows its progress while it runs (hidden
 * otherwise); the report, or the one sentence of a failure, is told when it ends, so nothing waits forever.
 */
final class IndexingRow {

    private final SearchService search;
    private final Session session;
    private final Composite row;
    private final Label label;
    private final ProgressBar bar;
    private final Consumer<Boolean> busy;
    private final Consumer<String> done;

    /**
     * {@code busy} is told when a run starts (true) and ends (false); {@code done} receives the first line of the
     * report when one ends with a report.
     */
    IndexingRow(Composite parent, SearchService search, Session session, Consumer<Boolean> busy, Consumer<String> done) {
        this.search = search;
        this.session = session;
        this.busy = busy;
        this.done = done;
        row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        rd.exclude = true;
        row.setLayoutData(rd);
        row.setVisible(false);
        label = new Label(row, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar = new ProgressBar(row, SWT.SMOOTH);
        bar.setLayoutData(new GridData(200, SWT.DEFAULT));
        Button cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.addListener(SWT.Selection, e -> Job.getJobManager().cancel(this));
    }

    /** Indexes {@code folder} for the organisation, or for the case's township when {@code orgCode} is null. */
    Job start(Path folder, String orgCode, String caseNo) {
        Display display = row.getDisplay();
        label.setText(NLS.bind(Messages.indexing, folder));
        show(true);
        Job job = new Job(NLS.bind(Messages.indexing, folder)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                IndexReport r;
                try {
                    r = search.index(session.subject(), List.of(folder), orgCode, caseNo, progress(monitor, getName(), display));
                } catch (RuntimeException | LinkageError e) {
                    String message = UserMessage.of(e);
                    display.asyncExec(() -> finished(null, message));
                    return Status.OK_STATUS; // told to the user on the screen
                }
                display.asyncExec(() -> finished(r, null));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == IndexingRow.this;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private Progress progress(IProgressMonitor monitor, String name, Display display) {
        return new Progress() {
            private boolean begun;

            @Override
            public void worked(int done, int total, String current) {
                if (!begun) {
                    monitor.beginTask(name, total);
                    begun = true;
                }
                monitor.worked(1);
                display.asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        bar.setMaximum(Math.max(1, total));
                        bar.setSelection(done);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        };
    }

    private void show(boolean running) {
        ((GridData) row.getLayoutData()).exclude = !running;
        row.setVisible(running);
        busy.accept(running);
        row.getParent().layout(true, true);
    }

    private void finished(IndexReport r, String error) {
        if (row.isDisposed()) {
            return;
        }
        show(false);
        if (error != null) {
            Dialogs.error(row.getShell(), Messages.index_title, error);
            return;
        }
        StringBuilder sb = new StringBuilder(r.cancelled() ? Messages.index_cancelled + "\n" : "");
        sb.append(NLS.bind(Messages.index_done, new Object[] { r.added(), r.updated(), r.deleted(), r.unchanged(),
                r.failed().size() }));
        if (!r.failed().isEmpty()) {
            sb.append("\n\n").append(Messages.index_failures);
            r.failed().stream().limit(20).forEach(f -> sb.append("\n").append(f.path()).append(": ").append(f.error()));
            if (r.failed().size() > 20) {
                sb.append("\n…");
            }
        }
        done.accept(sb.toString().lines().findFirst().orElse(""));
        Dialogs.info(row.getShell(), Messages.index_title, sb.toString());
    }
}
