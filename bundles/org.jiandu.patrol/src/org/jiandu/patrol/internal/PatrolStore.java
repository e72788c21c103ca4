package org.jiandu.patrol.internal;

import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The patrol module's own persistence unit over the open workbench database (schema db/patrol/changelog.yaml). */
@Component(service = PatrolStore.class)
public class PatrolStore {

    static final String UNIT = "jiandu.patrol", CHANGELOG = "db/patrol/changelog.yaml";

    @Reference
    Database database;

    Database db() {
        return database.module(UNIT, PatrolStore.class.getClassLoader(), CHANGELOG);
    }
}
