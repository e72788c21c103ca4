package org.jiandu.backup.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.core.Progress;
import org.jiandu.ui.UserMessage;

import jakarta.inject.Inject;

/**
 * The one backup or restore running at a time, as a job: its progress and its end go to the status line
 * ({@link #listen}), and the status line's cancel link cancels it. One at a time, because two backups of one
 * installation at once would only compete for the disk. One per workbench, made by {@link DailyBackupAddon} and
 * kept in the application's context.
 */
public class BackupRuns {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Inject
    BackupService backups;

    private volatile Job running;

    /**
     * Tells {@code listener} (on the job's thread) the running work's line ("正在备份… 40%"), or an empty string when
     * a run ended; until the returned handle is closed.
     */
    public AutoCloseable listen(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void tell(String line) {
        listeners.forEach(l -> l.accept(line));
    }

    public boolean running() {
        return running != null;
    }

    public void cancel() {
        Job job = running;
        if (job != null && job.cancel()) {
            running = null; // it had not started: nothing will end it
        }
    }

    /** The daily backup, quietly, a few seconds after the start (not in the way of the first screen). */
    public void daily(Display display) {
        run(display, Messages.daily_job, 5_000, backups::backupIfDue, done -> {
        }, failed -> tell(NLS.bind(Messages.daily_failed, failed)));
    }

    /**
     * Runs {@code work} as a job with its progress in the status line; {@code done} or {@code failed} (one sentence
     * in the UI language) on the UI thread. Refused while another run is on.
     *
     * @return false when another backup or restore is running
     */
    public synchronized <T> boolean run(Display display, String name, long delay, Function<Progress, T> work,
            Consumer<T> done, Consumer<String> failed) {
        if (running != null) {
            return false;
        }
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.apply(progress(name, monitor));
                    later(display, () -> done.accept(result));
                } catch (CancellationException e) {
                    later(display, () -> failed.accept(Messages.cancelled));
                } catch (RuntimeException | LinkageError e) {
                    String message = UserMessage.of(e);
                    later(display, () -> failed.accept(message));
                } finally {
                    running = null;
                    tell("");
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        running = job;
        job.setUser(true);
        job.schedule(delay);
        return true;
    }

    /** Runs on the UI thread unless the workbench is gone (a backup may end after the window closed). */
    private static void later(Display display, Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    /** The newest backup of the installation, for the status line. */
    public Optional<BackupInfo> last() {
        return backups.last();
    }

    private Progress progress(String name, IProgressMonitor monitor) {
        monitor.beginTask(name, 100);
        return new Progress() {
            private int lastPercent = -1;

            @Override
            public void worked(int done, int total, String current) {
                int percent = total <= 0 ? 0 : (int) (100L * done / total);
                if (percent != lastPercent) {
                    monitor.worked(Math.max(0, percent - Math.max(0, lastPercent)));
                    lastPercent = percent;
                    // the parts name themselves by their folders (database, index): the line says only how far
                    tell(NLS.bind(Messages.running, name, percent));
                }
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        };
    }
}
