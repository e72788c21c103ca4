package org.jiandu.cli;

/** A command failed in a way the user can act on; the message is printed and the process exits with the code. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }
}
