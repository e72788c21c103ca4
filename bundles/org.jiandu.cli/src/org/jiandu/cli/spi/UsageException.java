package org.jiandu.cli.spi;

/** The command line is wrong; exit code 2 and the message. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
