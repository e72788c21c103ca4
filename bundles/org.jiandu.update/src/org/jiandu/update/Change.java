package org.jiandu.update;

import java.nio.file.Path;
import java.util.List;

/**
 * An installation changed by an update or by adding or removing a module; the change takes effect at the next start.
 *
 * @param before the installation before
 * @param after  the installation after (as it will start next time)
 * @param backup the backup written first, or null when the data directory was not backed up (say why in notes)
 */
public record Change(Installed before, Installed after, Path backup) {

    /** Modules present after and not before. */
    public List<String> added() {
        return after.modules().stream().filter(m -> !before.modules().contains(m)).toList();
    }

    /** The module's name as users know it: as installed after, else as it was before (a module removed). */
    public String title(String module) {
        return after.titles().containsKey(module) ? after.title(module) : before.title(module);
    }

    /** Modules present before and not after. */
    public List<String> removed() {
        return before.modules().stream().filter(m -> !after.modules().contains(m)).toList();
    }
}
