package org.jiandu.core;

import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;

/**
 * Whether an installation's database is set up, and the one way to set up a real one. A database that is not set
 * up holds nothing a command may work on; a demo installation was asked for explicitly
 * ({@link DemoDataService#load}) and carries the demo accounts with their public passwords.
 */
public interface SetupService {

    /** What an installation is. */
    enum State {
        /** Nothing yet: setup (or explicit demo data) comes first. */
        NOT_SET_UP,
        /** Demo data with public passwords; never for real work. */
        DEMO,
        /** Set up by its county with its own administrator. */
        REAL,
        /** Generated data a {@code bench} command loaded into a new data directory of its own; demo data too. */
        BENCHMARK;

        /** Generated data with public passwords: marked as such everywhere. */
        public boolean isDemo() {
            return this == DEMO || this == BENCHMARK;
        }
    }

    State state();

    /**
     * Benchmarks write thousands of generated rows through the services: only an administrator, and only in a data
     * directory a benchmark created for itself.
     *
     * @throws org.jiandu.core.security.AccessDeniedException otherwise, before anything is written
     */
    default void requireBenchmark(Subject subject) {
        if (subject == null || subject.role() != org.jiandu.core.security.Role.ADMINISTRATOR) {
            throw new org.jiandu.core.security.AccessDeniedException((subject == null ? "nobody" : subject.username())
                    + " may not run benchmarks: only an administrator, in a new data directory of the benchmark's own");
        }
        if (state() != State.BENCHMARK) {
            throw new org.jiandu.core.security.AccessDeniedException("benchmarks write generated rows and run only in a"
                    + " new data directory of their own (use an empty --data), never on this installation's data");
        }
    }

    /** The county the installation was set up for, or null (not set up, or a demo from before setup existed). */
    String countyId();

    /**
     * Sets up a real installation in one transaction: the city and the county node, the first administrator
     * (scoped to the county, password checked against the password policy) and an audit entry. The county's
     * townships, villages, units and cadres come afterwards from the jurisdiction import.
     *
     * @return the administrator, logged in
     * @throws IllegalStateException    when the database is already set up or holds data
     * @throws IllegalArgumentException when the name or password is refused (nothing is written then)
     */
    Subject setUp(CountyProfile county, String adminName, String adminDisplayName, char[] adminPassword);
}
