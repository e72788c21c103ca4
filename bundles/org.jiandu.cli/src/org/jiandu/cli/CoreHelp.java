package org.jiandu.cli;

/** The launcher's part of {@code jiandu help}; the modules present add theirs before the global options. */
final class CoreHelp {

    private CoreHelp() {
    }

    static final String TEXT = """
            Jiandu Workbench (监督工作台) command line

            Usage: jiandu [GLOBAL OPTIONS] COMMAND [ARGS]   (no command: open the workbench)

            Commands:
              help [COMMAND]                     this text, or the lines of one module's COMMAND (also: COMMAND --help)
              setup --admin NAME [--display TEXT] [--password-stdin] [--db-url URL] [--county ID] [--encrypt]
                                                 set up a new data directory for real work: the county
                                                 (--county in the full build only), the database (tried first),
                                                 the first administrator (password: 12+ characters);
                                                 --encrypt: the embedded database encrypted at rest (key: db.key)
              db migrate --db-admin-url URL [--app-user NAME] [--backup-to DIR | --no-backup]
                                                 PostgreSQL: migrate as the schema owner and grant the
                                                 workbench's account only what it needs; a schema that
                                                 changes is dumped first (pg_dump, into backups/)
              demo-data [--county ID | --all]    a demo installation instead: generated data, demo users with
                                                 PUBLIC passwords (never for real work)
              org stats [--county ID] [--json]   counties, townships, villages, units, cadres, authorised posts
              template jurisdiction --out FILE.xlsx
                                                 the workbook a county fills in with its own jurisdiction
                                                 (乡镇街道, 村社区, 县直单位, 编制岗位, 干部; data from row 3)
              org import FILE.xlsx [--dry-run] [--json]
                                                 check the workbook, show the difference (new, changed, closed,
                                                 reopened) and apply it; any bad row: nothing written (exit 1)
              org add CODE --name N [--parent CODE] [--kind 机关|企业|学校|医院]
                                                 township (below the county), village (--parent TOWNSHIP) or unit
              org rename CODE --name N | org move VILLAGE --to TOWNSHIP
              org close CODE [--on DATE] | org reopen CODE | org history CODE [--json]
              cadre hire CODE --name N --org ORG --rank 科级 --role 专职纪检监察干部 [--since DATE]
              cadre transfer CODE --to ORG [--on DATE] | cadre leave CODE [--on DATE]
              cadre second CODE --to DEST [--start DATE] [--reason R] | cadre return CODE [--on DATE]
              user add NAME --role ROLE --scope ORG [--display TEXT]
                                                 add a user (administrators only); prints a one-time
                                                 password, to be changed at the first login
              user list [--json]                 users within your scope: role, scope, active, locked,
                                                 must change password, last login
              user reset NAME                    new one-time password (also lifts a lockout)
              user disable NAME | enable NAME    a disabled user cannot log in
              user set NAME [--role R] [--scope ORG]   new role and/or scope (at the next login)
              user unlock NAME                   lift a lockout after too many failed logins
              password [--user NAME] [--password-stdin]
                                                 change your own password (also a one-time one): current
                                                 from JIANDU_PASSWORD or a prompt, new from the first line
                                                 of standard input or asked twice
              audit verify [--json]              check the audit log against its key and its checkpoint outside the
                                                 database (exit 1 if an entry was changed, removed or added)
              audit list [--actor U] [--action change|read|export|login|login.failed] [--target PREFIX]
                         [--since DAY] [--until DAY] [--limit N] [--json]
                                                 the newest entries first (administrator only)
              serve                              keep the data directory open and run every jiandu command on it in
                                                 this process: each then answers in well under a second (the
                                                 workbench does the same while it is open); every command still
                                                 logs in; Ctrl+C ends it

            Global options:
              --data DIR        data directory (default ~/.jiandu/<county>); -data DIR works too
              --db-url URL      jdbc:postgresql://HOST/DB or jdbc:h2:file:PATH (user/password from
                                JIANDU_DB_USER / JIANDU_DB_PASSWORD)
              --user NAME       log in as NAME (or JIANDU_USER); password from JIANDU_PASSWORD,
                                --password-stdin or a prompt; every command but help, setup and
                                demo-data needs a user
              --county ID       shangzhou, luonan, danfeng, shangnan, shanyang, zhenan, zhashui
              --json            machine-readable output on stdout

            Roles: administrator, county_commission, township_commission, trainer, investigator, read_only
            Exit codes: 0 ok, 1 check failed, 2 usage, 3 data directory, 4 database, 5 login, 6 denied, 7 error
            """;
}
