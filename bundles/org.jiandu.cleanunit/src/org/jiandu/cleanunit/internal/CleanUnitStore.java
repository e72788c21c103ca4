package org.jiandu.cleanunit.internal;

import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The clean-unit module's own persistence unit over the open workbench database (schema db/cleanunit/changelog.yaml). */
@Component(service = CleanUnitStore.class)
public class CleanUnitStore {

    static final String UNIT = "jiandu.cleanunit", CHANGELOG = "db/cleanunit/changelog.yaml";

    @Reference
    Database database;

    Database db() {
        return database.module(UNIT, CleanUnitStore.class.getClassLoader(), CHANGELOG);
    }
}
