package org.jiandu.core.demo;

import java.util.List;

import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;

/**
 * A module's share of the demo data, registered as an OSGi service by the module. The demo-data service calls
 * every one after the jurisdiction and the demo users exist, so a build's demo shows each of its modules in use.
 */
public interface ModuleDemoData {

    /** The audit target prefix of the entry that marks a module's demo data as loaded. */
    String TARGET_PREFIX = "demo-data:";

    /**
     * The service property that gives {@link #id()} ({@code @Component(property = ModuleDemoData.MODULE + "=training")}):
     * every start of a demo installation asks which modules' demo data is loaded, and the property answers without
     * starting the module's services. Without it the service is started to ask {@link #id()}.
     */
    String MODULE = "jiandu.demo.module";

    /**
     * The module's id (e.g. {@code training}). A module with an id writes all its demo rows in one transaction
     * together with the entry {@code audit.append(em, "system", AuditLog.CHANGE, TARGET_PREFIX + id(), …)}, so a load
     * cut short is resumed module by module ({@code DemoDataService.resume}); null: never resumed.
     */
    default String id() {
        return null;
    }

    /**
     * Adds the module's demo records for the counties just loaded. Deterministic for the same counties.
     *
     * @param system a subject whose scope is the whole city
     */
    void load(Subject system, List<CountyProfile> counties);
}
