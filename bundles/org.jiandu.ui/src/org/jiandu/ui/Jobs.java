package org.jiandu.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/** Work off the UI thread, so a screen stays responsive while the service computes. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Runs {@code work} as a user job (progress in the workbench) and hands its result to {@code done} on the UI thread;
     * an error goes to a dialog titled {@code name}. Nothing happens when {@code owner} is gone by then.
     */
    public static <T> void background(Control owner, String name, Supplier<T> work, Consumer<T> done) {
        var display = owner.getDisplay();
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.get();
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        done.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        Dialogs.error(owner.getShell(), name, e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
