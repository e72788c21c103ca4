package org.jiandu.core;

import java.util.List;

import org.jiandu.core.model.CountyProfile;

/** Loads the demo jurisdiction and demo users into an empty database. */
public interface DemoDataService {

    /** The documented demo password, used when {@code JIANDU_PASSWORD} is not set. Demo only. */
    String DEMO_PASSWORD = "jiandu-demo";

    /** Demo user names and what they are for; the administrator is {@code admin}. */
    List<String> DEMO_USERS = List.of("admin", "county", "township", "trainer", "investigator", "viewer");

    /**
     * Loads the given counties (and the city) in one transaction and creates the demo users scoped to
     * {@code homeCounty}. Refuses when jurisdiction data already exists.
     *
     * @param adminPassword password for {@code admin}; the other demo users get {@link #DEMO_PASSWORD}
     */
    OrgStats load(List<CountyProfile> counties, CountyProfile homeCounty, char[] adminPassword);

    /** True when no jurisdiction data exists yet. */
    boolean isEmpty();
}
