package org.jiandu.cli.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: options ({@code --name value} or {@code --flag}) anywhere, the rest positional. */
public final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /**
     * @param flags the options that take no value (the launcher's and those of every command present), so that
     *              the word after a flag is read as an argument wherever the flag stands
     */
    public static Args parse(String[] argv, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < argv.length; i++) {
            String s = argv[i];
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (!flags.contains(name)) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = argv[++i];
                }
                a.options.put(name, value == null ? "true" : value);
            } else if (s.equals("-data") || s.equals("-nl")) {
                // Equinox options that reach the application when given after the command
                if (i + 1 < argv.length) {
                    a.options.put(s.substring(1), argv[++i]);
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public String option(String name) {
        return options.get(name);
    }

    /** A whole-number option, or {@code otherwise} when it is absent. */
    public int intOption(String name, int otherwise) {
        String v = option(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    public boolean flag(String name) {
        return "true".equals(options.get(name));
    }

    public String command(int index) {
        return index < positional.size() ? positional.get(index) : null;
    }

    /** Rejects options this command does not know, so a typo is reported instead of ignored. */
    public void allow(Set<String> known) {
        for (String o : options.keySet()) {
            if (!known.contains(o)) {
                throw new UsageException("unknown option --" + o);
            }
        }
    }
}
