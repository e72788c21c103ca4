package org.jiandu.cli.spi;

import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.jiandu.core.StaleDataException;

/** How a module's refusals become the command line's one-line failures with their documented exit codes. */
public final class Failures {

    private Failures() {
    }

    /**
     * A failure of a module service as the command line reports it: the launcher's own failures (usage, data
     * directory, database, denial, {@link CliFailure}) pass unchanged; a change made meanwhile by someone else, bad
     * input or a file that cannot be read fails like a refused check (1); a database error exits 4; anything else
     * goes to the launcher, which prints one line and exits 7.
     */
    public static RuntimeException of(RuntimeException e, String command) {
        if (e instanceof StaleDataException || e instanceof IllegalArgumentException) {
            return new CliFailure(ExitCode.CHECK_FAILED, oneLine(e.getMessage()));
        }
        if (e instanceof UncheckedIOException u) {
            return new CliFailure(ExitCode.CHECK_FAILED, command + ": " + oneLine(u.getCause().getMessage()));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("jakarta.persistence.") || t instanceof SQLException) {
                return new CliFailure(ExitCode.DATABASE, command + ": the database refused the request");
            }
        }
        return e; // the launcher ends anything else with one line and exit 7, and logs where it happened
    }

    /** A message on one line, without the names of Java classes (an exception's text may carry them). */
    public static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "")
                .replaceAll("\\s*\\R\\s*", "; ").strip();
    }
}
