package org.jiandu.persistence.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import java.io.OutputStream;

import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings a schema to the current version with the Liquibase changelog in {@code db/changelog.yaml}. */
final class Migrations {

    static final String CHANGELOG = "db/changelog.yaml";

    private static final LiquibaseServiceLocator LOCATOR = new LiquibaseServiceLocator(Liquibase.class.getClassLoader());

    /** Held so the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("liquibase");

    private Migrations() {
    }

    static void migrate(Connection connection) throws Exception {
        migrate(connection, Migrations.class.getClassLoader(), CHANGELOG);
    }

    /** Applies a changelog found through the given class loader (a module bundle's own schema). */
    static void migrate(Connection connection, ClassLoader resources, String changelog) throws Exception {
        // Liquibase 4.33 would otherwise try to send usage analytics; this tool runs offline.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        QUIET.setLevel(java.util.logging.Level.WARNING); // no per-changeset chatter on the console
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        scope.put(Scope.Attr.serviceLocator.name(), LOCATOR);
        // Liquibase's console UI prints the update summary on stdout, which belongs to the CLI's JSON output
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources));
        Scope.child(scope, () -> {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .setOutput(OutputStream.nullOutputStream()) // stdout belongs to the CLI's JSON output
                    .execute();
        });
    }
}
