package org.jiandu.cli.spi;

/** A command failed in a way the user can act on; the message is printed and the process exits with the code. */
public final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The process exit code ({@link ExitCode}). */
    public int exitCode() {
        return exitCode;
    }
}
