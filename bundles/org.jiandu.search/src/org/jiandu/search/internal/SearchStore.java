package org.jiandu.search.internal;

import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The search module's own persistence unit over the open workbench database (schema db/search/changelog.yaml). */
@Component(service = SearchStore.class)
public class SearchStore {

    static final String UNIT = "jiandu.search", CHANGELOG = "db/search/changelog.yaml";

    @Reference
    Database database;

    /** Opened (and migrated) on first use, then shared until the database closes. */
    Database db() {
        return database.module(UNIT, SearchStore.class.getClassLoader(), CHANGELOG);
    }
}
