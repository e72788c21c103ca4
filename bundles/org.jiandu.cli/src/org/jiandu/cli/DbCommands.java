package org.jiandu.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliProgress;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;

/**
 * {@code jiandu db migrate --db-admin-url URL [--app-user NAME] [--backup-to DIR | --no-backup]}: the administrator
 * step on a county's PostgreSQL server. Migrates the schema as its owner (the URL's account; password in the URL or
 * {@code JIANDU_DB_ADMIN_PASSWORD}) and grants the workbench's own account (the installation's database user, or
 * {@code --app-user}) only what it needs. The authority is the owner's database password, not a workbench login:
 * the schema may not exist yet. A schema that changes is first dumped with {@code pg_dump}, into the data
 * directory's {@code backups/} unless {@code --backup-to} names another folder; {@code --no-backup} is for an
 * administrator who has backed the database up otherwise.
 */
final class DbCommands {

    private DbCommands() {
    }

    static int run(CliContext cli, Args args) {
        if (!"migrate".equals(args.command(1))) {
            throw new UsageException("db needs a subcommand: migrate");
        }
        HashSet<String> known = new HashSet<>(Set.of("data", "db-url", "county", "json", "nl",
                "db-admin-url", "app-user", "backup-to", "no-backup"));
        args.allow(known);
        String adminUrl = args.option("db-admin-url");
        if (adminUrl == null) {
            adminUrl = cli.environment("JIANDU_DB_ADMIN_URL");
        }
        if (adminUrl == null || adminUrl.isBlank()) {
            throw new UsageException("db migrate needs --db-admin-url URL (the schema owner's account)");
        }
        DatabaseConfig owner = new DatabaseConfig(adminUrl.trim(), null, cli.environment("JIANDU_DB_ADMIN_PASSWORD"))
                .withPasswordOutOfUrl();
        String appUser = args.option("app-user");
        if (appUser == null && owner.isPostgres()) {
            Installation inst = cli.installation(args);
            if (args.option("db-url") != null || inst.settings().getProperty(Installation.SETTING_DB_URL) != null) {
                DatabaseConfig app = inst.database(null); // a server: no data directory lock needed
                appUser = app.user() != null ? app.user() : userInUrl(app.url());
            }
        }
        if (owner.isPostgres() && appUser == null) {
            throw new UsageException("db migrate needs the workbench's database account: --app-user NAME, or an"
                    + " installation whose database (--db-url, settings, JIANDU_DB_USER) names its user");
        }
        boolean noBackup = args.flag("no-backup");
        String backupTo = args.option("backup-to");
        if (noBackup && backupTo != null) {
            throw new UsageException("db migrate takes --backup-to DIR or --no-backup, not both");
        }
        Path dumpFolder = noBackup ? null : backupTo != null ? cli.path(backupTo)
                : cli.installation(args).dataDir().resolve(DataDirectory.BACKUPS);
        CliProgress progress = new CliProgress(cli.err(), "pg_dump");
        Path dump;
        try {
            dump = cli.service(DatabaseManager.class).migrate(owner, appUser, dumpFolder, progress);
        } finally {
            progress.end(); // before the result or the failure
        }
        if (args.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("migrated", owner.safeUrl());
            m.put("appUser", appUser);
            m.put("backup", dump == null ? null : dump.toString());
            cli.out().println(cli.json(m));
        } else {
            if (dump != null) {
                cli.out().println("Backed up the database before migrating it: " + dump
                        + " (pg_restore --clean --if-exists restores it)");
            }
            cli.out().println("Migrated " + owner.safeUrl() + (appUser == null ? "" : "; the account " + appUser
                    + " may read and write the application's tables and only append to the audit log"));
        }
        return ExitCode.OK;
    }

    private static String userInUrl(String url) {
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String p : url.substring(q + 1).split("&")) {
                if (p.startsWith("user=")) {
                    return p.substring("user=".length());
                }
            }
        }
        return null;
    }
}
