package org.jiandu.cli.spi;

import java.util.List;
import java.util.Set;

/**
 * Commands a module adds to {@code jiandu}, registered as an OSGi service from the module's own bundle. The launcher
 * finds every registered contribution, builds {@code jiandu help} from them and hands a command line to the
 * contribution that answers its first word (or first two words: {@code bench training}). A build without the module
 * has neither its commands nor its help lines.
 */
public interface CliCommand {

    /** The command words answered, e.g. {@code training} and {@code bench training}. */
    List<String> names();

    /**
     * This contribution's part of {@code jiandu help}: lines in the launcher's two-column layout (command and its
     * options from column 3, the explanation from column 38), ending with a line break.
     */
    String help();

    /** Options of these commands that take no value (e.g. {@code good-rows}), so the parser knows them anywhere. */
    default Set<String> flags() {
        return Set.of();
    }

    /**
     * Runs the command; {@code args.command(0)} is its first word. Returns an {@link ExitCode}; failures the user
     * can act on are thrown as {@link UsageException} or {@link CliFailure} (or a core exception the launcher
     * knows: access denied, data directory, database).
     */
    int run(CliContext cli, Args args);
}
