package org.jiandu.cli.spi;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Installation;

/** What the launcher gives a command: its conventions for data, login, services and output. */
public interface CliContext {

    /** A command's work once the data directory is open and the user logged in. */
    interface Work {
        int run(Subject subject, Args args);
    }

    /**
     * Locks the data directory, opens and migrates the database, logs in when {@code needsUser}, runs the work
     * and closes everything again; options other than the global ones and {@code commandOptions} are refused.
     * A data directory that is not set up is refused, except for the benchmarks ({@code bench …}), which set up a
     * demo installation of their own on a new directory.
     */
    int withDatabase(Args args, Set<String> commandOptions, boolean needsUser, Work work);

    /** An OSGi service of the running installation; a missing one ends the command (exit 7). */
    <T> T service(Class<T> type);

    /** The installation the global options name (county, data directory, database). */
    Installation installation(Args args);

    PrintStream out();

    /** Messages and progress lines; never data the command was asked for. */
    PrintStream err();

    /** {@code value} as the command line's JSON (pretty, nulls kept, no HTML escaping). */
    String json(Object value);

    /** Asks for a password on the terminal (exit 5 when there is none). */
    char[] prompt(String label);

    /** Asks twice; different answers end the command. */
    char[] promptTwice(String label);

    /** The first line of standard input (a password given with {@code --password-stdin}). */
    char[] readLine();

    /**
     * A file or folder the user named, relative to the folder they ran the command in: a command may run in
     * another process (the workbench that has the data directory open), whose own working folder means nothing.
     */
    Path path(String named);

    /** An environment variable of the user's command ({@code JIANDU_…} only reach a command run elsewhere). */
    String environment(String name);

    /** Whether the user's command runs on a terminal that can be asked for a password. */
    boolean terminal();
}
