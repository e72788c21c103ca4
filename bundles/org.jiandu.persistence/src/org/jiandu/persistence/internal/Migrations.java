package org.jiandu.persistence.internal;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeSet;
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
    private static final Logger QUIET = Logger.getLogger("liquibase");

    private Migrations() {
    }

    static void migrate(Connection connection) throws Exception {
        migrate(connection, Migrations.class.getClassLoader(), CHANGELOG);
    }

    /**
     * The changeSets of a changelog this database has not run yet, looked up without writing anything (the
     * connection is read-only): how an account that may not change the schema finds out that it is behind.
     */
    static List<String> unrun(Connection connection, ClassLoader resources, String changelog) throws Exception {
        if (!hasTable(connection, "databasechangelog")) {
            return List.of("all of " + changelog);
        }
        boolean wasReadOnly = connection.isReadOnly();
        connection.setReadOnly(true);
        try {
            List<String> ids = new ArrayList<>();
            Scope.child(scope(resources), () -> {
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase lb = new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), db);
                for (ChangeSet cs : lb.listUnrunChangeSets(new Contexts(), new LabelExpression(), false)) {
                    ids.add(cs.getId());
                }
            });
            return ids;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setReadOnly(wasReadOnly);
        }
    }

    /** A table of that name in the connection's current schema that this account can see. */
    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select count(*) from information_schema.tables where table_schema = current_schema() and lower(table_name) = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static Map<String, Object> scope(ClassLoader resources) {
        // Liquibase 4.33 would otherwise try to send usage analytics; this tool runs offline.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        QUIET.setLevel(Level.WARNING);
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        scope.put(Scope.Attr.serviceLocator.name(), LOCATOR);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources));
        return scope;
    }

    /** Applies a changelog found through the given class loader (a module bundle's own schema). */
    static void migrate(Connection connection, ClassLoader resources, String changelog) throws Exception {
        // Liquibase's console UI would print the update summary on stdout, which belongs to the CLI's JSON output
        Map<String, Object> scope = scope(resources);
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
