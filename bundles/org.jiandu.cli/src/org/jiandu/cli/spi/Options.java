package org.jiandu.cli.spi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Option values read the same way by every command, with a usage error naming the option. */
public final class Options {

    /** The launcher's global options, which every command accepts besides its own. */
    public static final Set<String> GLOBAL = Set.of("data", "db-url", "user", "json", "county", "nl", "help",
            "password-stdin");

    private Options() {
    }

    /** A whole number ≥ 1 given for an option, or a usage error naming the option. */
    public static int positiveInt(String text, String option) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a whole number of at least 1, not '" + text + "'");
    }

    /** A date like 2026-03-15, or {@code otherwise} when the option is absent. */
    public static LocalDate date(String text, String option, LocalDate otherwise) {
        try {
            return text == null ? otherwise : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date like 2026-03-15, not '" + text + "'");
        }
    }
}
