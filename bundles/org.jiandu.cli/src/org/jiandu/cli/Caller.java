package org.jiandu.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a command was typed: its working folder, its environment and its terminal. The same in this process for
 * {@code jiandu COMMAND}; those of the client for a command passed to the process that has the data directory open.
 *
 * @param cwd      the folder relative paths are resolved against
 * @param env      environment variables by name (null when unset)
 * @param terminal whether a password can be asked for
 * @param prompter asks for a password; null when the user gives none
 */
public record Caller(Path cwd, Function<String, String> env, boolean terminal, Function<String, char[]> prompter) {

    /** The command typed in this very process. */
    public static Caller local() {
        return new Caller(Path.of("").toAbsolutePath(), System::getenv, System.console() != null, label -> {
            Console c = System.console();
            return c == null ? null : c.readPassword("%s: ", label);
        });
    }

    /** A command passed on by a client, with the environment it sent. */
    public static Caller remote(Path cwd, Map<String, String> env, boolean terminal, Function<String, char[]> prompter) {
        Map<String, String> copy = Map.copyOf(env);
        return new Caller(cwd, copy::get, terminal, prompter);
    }
}
