package org.jiandu.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.core.Progress;

/**
 * Work on the database at a start (opening it, and what follows on the same thread: setup, demo data, a login from
 * the environment) on a thread of its own, with a small window that says what is happening. The database starts to
 * open before the display exists, and is awaited once e4 has loaded its model: GTK, the model and the database are
 * made at the same time.
 */
final class Opening<T> {

    /** What the work returned, or what it threw. */
    private record Done(Object value, Throwable error) {
    }

    private final AtomicReference<Done> done = new AtomicReference<>();
    /** Set once the window is shown; the worker wakes it when done. */
    private volatile Display display;
    /** The backup's line (a backup before a new version changes the database may take minutes), for the window. */
    private volatile String latest;
    private Thread worker;
    private Shell shell;
    private Label label;

    private Opening() {
    }

    /** Starts {@code work} on a thread of its own; the window comes with {@link #show}. */
    static <T> Opening<T> start(Function<Progress, T> work) {
        Opening<T> o = new Opening<>();
        Progress progress = new Progress() {
            @Override
            public void worked(int doneSoFar, int total, String current) {
                if (current != null) {
                    o.latest = current + " " + doneSoFar + "/" + total;
                    o.onDisplay(d -> d.asyncExec(o::showLatest));
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        o.worker = new Thread(() -> {
            try {
                o.done.set(new Done(work.apply(progress), null));
            } catch (Throwable e) { // an Error too: the window must not wait for ever
                o.done.set(new Done(null, e));
            } finally {
                o.onDisplay(Display::wake);
            }
        }, "jiandu-open-database");
        o.worker.start();
        return o;
    }

    /** On the display while it is there: it may be gone when e4 ended the start before awaiting this. */
    private void onDisplay(Consumer<Display> call) {
        Display d = display;
        if (d != null && !d.isDisposed()) {
            try {
                call.accept(d);
            } catch (SWTException disposedMeanwhile) {
                // nobody is waiting on it any more
            }
        }
    }

    /** When the start ended before this was awaited: waits for the work, whose result is then not used. */
    void abandon() throws InterruptedException {
        worker.join();
    }

    /** Starts {@code work} and shows the window at once. */
    static <T> Opening<T> begin(Display display, String what, Function<Progress, T> work) {
        Opening<T> o = start(work);
        o.show(display, what);
        return o;
    }

    /** The window that says {@code what} is happening, painted before the UI thread goes on with other work. */
    void show(Display d, String what) {
        shell = new Shell(d, SWT.ON_TOP | SWT.BORDER | SWT.TITLE);
        shell.setText(Messages.opening_title);
        shell.setLayout(new GridLayout(1, false));
        label = new Label(shell, SWT.NONE);
        label.setText(latest != null ? latest : what);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ProgressBar bar = new ProgressBar(shell, SWT.INDETERMINATE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shell.setSize(460, 110);
        shell.setLocation(JianduApplication.center(d, shell));
        shell.open();
        display = d;
        while (d.readAndDispatch()) {
            // painted now: e4 loads its model on this thread next, and nothing is painted meanwhile
        }
    }

    /** Keeps the window going until the work is done, closes it, and returns what the work returned or throws what it threw. */
    @SuppressWarnings("unchecked")
    T await() {
        Display d = display;
        while (done.get() == null) {
            if (!d.readAndDispatch()) {
                d.sleep();
            }
        }
        shell.dispose();
        Done result = done.get();
        if (result.error() instanceof RuntimeException e) {
            throw e;
        }
        if (result.error() != null) {
            throw new IllegalStateException(result.error().toString(), result.error());
        }
        return (T) result.value();
    }

    private void showLatest() {
        if (label != null && !label.isDisposed() && latest != null) {
            label.setText(latest);
        }
    }
}
