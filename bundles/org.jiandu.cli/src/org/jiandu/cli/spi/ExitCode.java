package org.jiandu.cli.spi;

/** The documented exit codes of {@code jiandu}; every command uses these and no others. */
public final class ExitCode {

    public static final int OK = 0;
    /** The command's check failed or the service refused the input (a broken audit chain, a bad row). */
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;
    public static final int DATA_DIR = 3;
    public static final int DATABASE = 4;
    public static final int LOGIN = 5;
    public static final int DENIED = 6;
    /** Anything else. */
    public static final int ERROR = 7;

    private ExitCode() {
    }
}
