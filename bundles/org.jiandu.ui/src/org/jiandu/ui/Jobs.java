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
     * a failure goes to a dialog titled {@code name}, as one sentence ({@link UserMessage}). Nothing happens when
     * {@code owner} is gone by then.
     */
    public static <T> void background(Control owner, String name, Supplier<T> work, Consumer<T> done) {
        background(owner, name, work, done, message -> Dialogs.error(owner.getShell(), name, message));
    }

    /**
     * As {@link #background(Control, String, Supplier, Consumer)}, but a failure goes to {@code failed} (one sentence
     * in the UI language), so that a screen waiting for the result can say what happened instead of waiting forever.
     */
    public static <T> void background(Control owner, String name, Supplier<T> work, Consumer<T> done,
            Consumer<String> failed) {
        var display = owner.getDisplay();
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.get();
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        done.accept(result);
                    }
                });
            } catch (RuntimeException | LinkageError e) {
                String message = UserMessage.of(e);
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        failed.accept(message);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
