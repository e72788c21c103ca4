package org.jiandu.core.demo;

import java.util.List;

import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;

/**
 * A module's share of the demo data, registered as an OSGi service by the module. The demo-data service calls
 * every one after the jurisdiction and the demo users exist, so a build's demo shows each of its modules in use.
 */
public interface ModuleDemoData {

    /**
     * Adds the module's demo records for the counties just loaded. Deterministic for the same counties.
     *
     * @param system a subject whose scope is the whole city
     */
    void load(Subject system, List<CountyProfile> counties);
}
