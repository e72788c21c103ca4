package org.jiandu.update.internal;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiandu.core.Progress;

/** p2's progress reports as the workbench's {@link Progress}: the total in ticks, the current task as its name. */
final class MonitorProgress extends NullProgressMonitor {

    private final Progress progress;
    private String task = "";
    private int total = 1;
    private double done;

    MonitorProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = Math.max(1, totalWork);
        report();
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.isBlank()) {
            task = name;
        }
        report();
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        report();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public boolean isCanceled() {
        return progress.isCancelled() || super.isCanceled();
    }

    private void report() {
        progress.worked((int) Math.min(done, total), total, task);
    }
}
