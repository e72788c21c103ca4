package org.jiandu.update;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jiandu.core.Progress;
import org.jiandu.core.security.Subject;

/**
 * Updates of this installation and modules added or removed later, from a p2 repository (a folder or a URL) that the
 * build publishes next to its archives. Every change backs the open data directory up first, is applied to the
 * installation folder as one p2 transaction (a failure leaves the previous version as it was) and takes effect at
 * the next start, when migrations run. Only an administrator may change the installation; each change is audited.
 */
public interface UpdateService {

    /** This installation as its p2 profile describes it. */
    Installed installed();

    /** Where updates come from when no repository is named: the one set for this installation, if any. */
    Optional<URI> location();

    /** Remembers {@code location} for this installation (an administrator's act, audited). */
    void setLocation(Subject subject, URI location);

    /** What {@code from} offers: a newer version of this build, modules not installed. Reads only. */
    Available check(URI from, Progress progress);

    /**
     * Makes the changes asked for as one p2 transaction, after one backup of the open data directory: the newest
     * version {@code from} holds of this build and of every module installed (when {@code update}), modules added from
     * {@code from}, modules removed. Nothing is changed when any part cannot be made.
     *
     * @param from   the repository, or null when only modules are removed
     * @throws IllegalStateException (a sentence for the user) when there is nothing to do or the change fails; the
     *                               installation is then as it was
     */
    Change change(Subject subject, URI from, boolean update, List<String> add, List<String> remove, Progress progress);

    /** Installs the newest version {@code from} holds of this build and of every module installed. */
    default Change update(Subject subject, URI from, Progress progress) {
        return change(subject, from, true, List.of(), List.of(), progress);
    }

    /** Adds {@code module} (e.g. {@code patrol}) from {@code from}. */
    default Change add(Subject subject, String module, URI from, Progress progress) {
        return change(subject, from, false, List.of(module), List.of(), progress);
    }

    /** Removes a module; its data stays in the database and comes back when the module is added again. */
    default Change remove(Subject subject, String module, Progress progress) {
        return change(subject, null, false, List.of(), List.of(module), progress);
    }
}
