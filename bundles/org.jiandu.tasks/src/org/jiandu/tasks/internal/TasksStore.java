package org.jiandu.tasks.internal;

import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tasks module's own persistence unit over the open workbench database (schema db/tasks/changelog.yaml). */
@Component(service = TasksStore.class)
public class TasksStore {

    static final String UNIT = "jiandu.tasks", CHANGELOG = "db/tasks/changelog.yaml";

    @Reference
    Database database;

    Database db() {
        return database.module(UNIT, TasksStore.class.getClassLoader(), CHANGELOG);
    }
}
