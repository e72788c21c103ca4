package org.jiandu.update;

import java.net.URI;
import java.util.List;

/**
 * What an update repository offers this installation.
 *
 * @param from    the repository
 * @param version the newer version of this build it holds, or null when the installation is up to date
 * @param modules modules the repository holds that are not installed, sorted (they can be added)
 */
public record Available(URI from, String version, List<String> modules) {
}
