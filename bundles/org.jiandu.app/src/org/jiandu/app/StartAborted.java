package org.jiandu.app;

/** The start ends before the window opens (the user cancelled, or was told what went wrong), with this exit code. */
final class StartAborted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int exitCode;

    StartAborted(int exitCode) {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }
}
