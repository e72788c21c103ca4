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
        REAL
    }

    State state();

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
