package org.jiandu.backup;

import java.util.Locale;

/** A size in bytes as a person reads it (12.4 MB), in the command line's output and the workbench's dialogs alike. */
public final class Sizes {

    private Sizes() {
    }

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = { "KB", "MB", "GB", "TB" };
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
