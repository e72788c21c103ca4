package org.jiandu.training.internal;

import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The training module's own persistence unit over the open workbench database (schema db/training/changelog.yaml). */
@Component(service = TrainingStore.class)
public class TrainingStore {

    static final String UNIT = "jiandu.training", CHANGELOG = "db/training/changelog.yaml";

    @Reference
    Database database;

    /** Opened (and migrated) on first use, then shared until the database closes. */
    Database db() {
        return database.module(UNIT, TrainingStore.class.getClassLoader(), CHANGELOG);
    }
}
