package org.jiandu.cli.spi;

import java.io.PrintStream;

import org.jiandu.core.Progress;

/**
 * A progress line on standard error, redrawn at most twice a second; Ctrl-C cancels (an interrupt here, a
 * {@link CancelSignal} in a command passed on to the process that has the data directory open).
 */
public final class CliProgress implements Progress {

    private final PrintStream err;
    private final String label;
    private long last;
    private String shown = "";
    private boolean open;

    /** @param label what the line says, or null to say what the work names ({@code current}) */
    public CliProgress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void worked(int done, int total, String current) {
        long now = System.currentTimeMillis();
        if (current != null) {
            shown = current;
        }
        if (current == null || now - last > 500 || done == total) { // the last step always shows
            last = now;
            err.print("\r" + (label != null ? label : shown) + " " + done + "/" + total + (current == null ? "\n" : ""));
            err.flush();
            open = current != null;
        }
    }

    /** Ends the line, when one is shown and not yet ended, so what follows starts on a line of its own. */
    public void end() {
        if (open) {
            err.println();
            open = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted() || err instanceof CancelSignal s && s.cancelled();
    }
}
