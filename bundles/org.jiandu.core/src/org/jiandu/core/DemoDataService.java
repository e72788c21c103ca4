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
    default OrgStats load(List<CountyProfile> counties, CountyProfile homeCounty, char[] adminPassword) {
        return load(counties, homeCounty, adminPassword, false);
    }

    /**
     * @param benchmark marks the installation {@link SetupService.State#BENCHMARK} (a benchmark's own directory)
     *                  instead of {@link SetupService.State#DEMO}
     */
    OrgStats load(List<CountyProfile> counties, CountyProfile homeCounty, char[] adminPassword, boolean benchmark);

    /**
     * Loads the demo data of every module that has none yet, in a demo installation whose load was cut short (the
     * process was killed): each module's share is one transaction with its marker entry in the audit log.
     *
     * @return the ids of the modules loaded now (empty when nothing was missing or this is not a demo installation)
     */
    List<String> resume();

    /** True when no jurisdiction data exists yet. */
    boolean isEmpty();
}
