package org.jiandu.persistence.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Brings a schema to the current version with the Liquibase changelog in {@code db/changelog.yaml}. */
final class Migrations {

    static final String CHANGELOG = "db/changelog.yaml";

    private static final LiquibaseServiceLocator LOCATOR = new LiquibaseServiceLocator(Liquibase.class.getClassLoader());

    private Migrations() {
    }

    static void migrate(Connection connection) throws Exception {
        // Liquibase 4.33 would otherwise try to send usage analytics; this tool runs offline.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        scope.put(Scope.Attr.serviceLocator.name(), LOCATOR);
        Scope.child(scope, () -> {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), db)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        });
    }
}
