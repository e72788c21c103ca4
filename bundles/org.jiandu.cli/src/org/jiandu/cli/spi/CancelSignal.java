package org.jiandu.cli.spi;

/**
 * Implemented by the error stream of a command passed on from a client: the client's user pressed Ctrl+C (or the
 * client is gone). {@link CliProgress} then cancels, as an interrupt does in a command line of its own; the thread
 * is not interrupted, since an interrupt in a process that keeps the database open would close its files.
 */
public interface CancelSignal {

    boolean cancelled();
}
