package org.jiandu.update;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What an update repository offers this installation.
 *
 * @param from    the repository
 * @param version the newer version of this build it holds, or null when the installation is up to date
 * @param modules modules the repository holds that are not installed, sorted (they can be added)
 * @param titles  the name as users know it of every module the repository holds, in their language, from its feature
 */
public record Available(URI from, String version, List<String> modules, Map<String, String> titles) {

    /** The module's name as users know it, or its id when its feature names none. */
    public String title(String module) {
        return titles.getOrDefault(module, module);
    }
}
