package org.jiandu.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.SetupService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordChangeRequiredException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The headless command line. Exit codes: 0 success, 1 the command's check failed (e.g. a broken audit chain),
 * 2 usage, 3 data directory unavailable, 4 database, 5 login, 6 access denied, 7 any other error.
 */
public final class Cli implements CliContext {

    private static final Set<String> GLOBAL = Set.of("data", "db-url", "user", "json", "county", "nl", "help", "password-stdin");
    /** Options without a value: the global ones and those of the commands of this bundle. */
    private static final Set<String> FLAGS = Set.of("json", "help", "password-stdin", "all", "encrypt", "dry-run");

    private final Function<Class<?>, Object> services;
    private final Supplier<List<CliCommand>> commands;
    private final Function<DataDirectory, Runnable> publish;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    /**
     * @param services looks up an OSGi service by type, waiting briefly for it; null when none appears
     * @param commands the modules' command contributions present ({@link InstalledCommands})
     * @param publish  registers the locked data directory as an OSGi service for the command's duration (modules
     *                 such as search keep their files there); returns how to withdraw it
     */
    public Cli(Function<Class<?>, Object> services, Supplier<List<CliCommand>> commands,
            Function<DataDirectory, Runnable> publish, PrintStream out, PrintStream err, InputStream in) {
        this.services = services;
        this.commands = commands;
        this.publish = publish;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    public int run(String[] argv) {
        List<CliCommand> present = commands.get();
        Args args;
        try {
            Set<String> flags = new HashSet<>(FLAGS);
            present.forEach(c -> flags.addAll(c.flags()));
            args = Args.parse(argv, flags);
        } catch (UsageException e) {
            err.println("jiandu: " + e.getMessage() + " (see: jiandu help)");
            return ExitCode.USAGE;
        }
        String cmd = args.command(0);
        if (cmd == null || "help".equals(cmd) || args.flag("help")) {
            // "jiandu help training" and "jiandu training --help": that module's lines; else everything
            String about = "help".equals(cmd) ? args.command(1) : cmd;
            CliCommand module = about == null ? null : present.stream().filter(c -> c.names().contains(about)).findFirst().orElse(null);
            out.print(module == null ? help(present) : module.help());
            return ExitCode.OK;
        }
        try {
            return switch (cmd) {
                case "demo-data" -> withDatabase(args, Set.of("all"), false, (s, a) -> demoData(a));
                case "setup" -> {
                    if (args.flag("encrypt")) {
                        installation(args).encryptNewDatabase(); // the key before the database file exists
                    }
                    yield withDatabase(args, Set.of("admin", "display", "password-stdin", "encrypt"), false, (s, a) -> setup(a));
                }
                case "org" -> OrgCommands.run(this, args);
                case "template" -> OrgCommands.template(this, args);
                case "cadre" -> OrgCommands.cadre(this, args);
                case "user" -> UserCommands.run(this, args);
                case "password" -> UserCommands.password(this, args);
                case "audit" -> audit(args);
                case "db" -> DbCommands.run(this, args);
                default -> contribution(present, args).run(this, args);
            };
        } catch (UsageException e) {
            err.println("jiandu: " + e.getMessage() + " (see: jiandu help)");
            return ExitCode.USAGE;
        } catch (CliFailure e) {
            err.println("jiandu: " + e.getMessage());
            return e.exitCode();
        } catch (DataDirectoryException e) {
            err.println("jiandu: " + e.getMessage());
            return ExitCode.DATA_DIR;
        } catch (DatabaseException e) {
            err.println("jiandu: " + e.getMessage());
            return ExitCode.DATABASE;
        } catch (AccessDeniedException e) {
            err.println("jiandu: access denied: " + e.getMessage());
            return ExitCode.DENIED;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("jiandu: " + e.getMessage());
            return ExitCode.ERROR;
        } catch (RuntimeException e) {
            return unexpected(e);
        } catch (OutOfMemoryError e) {
            err.println("jiandu: the command ran out of memory (give Java more with -Xmx in jiandu.ini, or split the"
                    + " work); nothing after the last message was saved");
            return ExitCode.ERROR;
        } catch (StackOverflowError e) {
            return unexpected(e);
        }
    }

    /** The module contribution answering the command's first two words, or its first word. */
    private static CliCommand contribution(List<CliCommand> present, Args args) {
        String cmd = args.command(0);
        String two = args.command(1) == null ? null : cmd + " " + args.command(1);
        for (String name : two == null ? List.of(cmd) : List.of(two, cmd)) {
            for (CliCommand c : present) {
                if (c.names().contains(name)) {
                    return c;
                }
            }
        }
        List<String> words = new ArrayList<>();
        present.forEach(c -> c.names().stream().filter(n -> n.startsWith(cmd
                + " ")).forEach(n -> words.add(n.substring(cmd.length() + 1))));
        if (!words.isEmpty()) {
            Collections.sort(words);
            throw new UsageException(cmd + " needs one of: " + String.join(", ", words));
        }
        throw new UsageException("unknown command '" + cmd + "'");
    }

    /** The launcher's commands, then each module's present in this build (ordered by their first word), then the options. */
    static String help(List<CliCommand> present) {
        List<CliCommand> sorted = new ArrayList<>(present);
        sorted.sort(Comparator.comparing(c -> c.names().get(0)));
        StringBuilder modules = new StringBuilder();
        sorted.forEach(c -> modules.append(c.help()));
        int options = HELP.indexOf("\nGlobal options:");
        return HELP.substring(0, options) + modules + HELP.substring(options);
    }

    /**
     * A failure nobody foresaw: one line for the user, never exit 0. The log gets where it happened (classes and
     * lines) but not the message, which may hold case or personal data.
     */
    private int unexpected(Throwable e) {
        err.println("jiandu: the command failed unexpectedly; nothing after the last message was saved, and where it"
                + " happened is in the workbench log");
        StringBuilder where = new StringBuilder("unexpected " + e.getClass().getName());
        for (StackTraceElement f : e.getStackTrace()) {
            where.append("\n\tat ").append(f);
        }
        Logger.getLogger(Cli.class.getName()).severe(where.toString());
        return ExitCode.ERROR;
    }

    private int audit(Args args) {
        if ("list".equals(args.command(1))) {
            return auditList(args);
        }
        if (!"verify".equals(args.command(1))) {
            throw new UsageException("audit needs a subcommand: verify or list");
        }
        return withDatabase(args, Set.of(), true, (subject, a) -> {
            if (subject.role() != Role.ADMINISTRATOR) {
                throw new AccessDeniedException(subject.username() + " may not verify the audit log");
            }
            AuditLog.VerifyResult r = service(AuditLog.class).verify();
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("intact", r.intact());
                m.put("entries", r.entries());
                if (!r.intact()) {
                    m.put("firstBadEntry", r.firstBadSeq());
                    m.put("problem", r.problem());
                }
                out.println(json(m));
            } else if (r.intact()) {
                out.println("audit log intact: " + r.entries() + " entries");
            }
            if (!r.intact()) {
                err.println("jiandu: audit log broken at entry " + r.firstBadSeq() + ": " + r.problem());
                return ExitCode.CHECK_FAILED;
            }
            return ExitCode.OK;
        });
    }

    /** The administrator reads the log: newest first, filtered by user, action, target and time. */
    private int auditList(Args args) {
        return withDatabase(args, Set.of("actor", "action", "target", "since", "until", "limit"), true, (subject, a) -> {
            int limit = a.intOption("limit", 50);
            if (limit < 1 || limit > 100_000) {
                throw new UsageException("--limit must be between 1 and 100000");
            }
            LocalDate since = day(a, "since");
            LocalDate until = day(a, "until");
            if (since != null && until != null && since.isAfter(until)) {
                throw new UsageException("--since " + since + " is after --until " + until);
            }
            ZoneId here = ZoneId.systemDefault();
            AuditLog.Filter f = new AuditLog.Filter(a.option("actor"), a.option("action"), a.option("target"),
                    since == null ? null : since.atStartOfDay(here).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(here).toInstant());
            List<org.jiandu.core.audit.AuditEntry> entries = service(AuditLog.class).list(subject, f, limit);
            if (a.flag("json")) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (org.jiandu.core.audit.AuditEntry e : entries) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("seq", e.getSeq());
                    m.put("at", e.getAt().toString()); // UTC (ISO-8601 with Z); the text output shows local time
                    m.put("actor", e.getActor());
                    m.put("action", e.getAction());
                    m.put("target", e.getTarget());
                    m.put("detail", e.getDetail());
                    rows.add(m);
                }
                out.println(json(rows));
            } else {
                DateTimeFormatter t = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(ZoneId.systemDefault());
                for (org.jiandu.core.audit.AuditEntry e : entries) {
                    out.println(e.getSeq() + "\t" + t.format(e.getAt()) + "\t" + e.getActor() + "\t" + e.getAction() + "\t"
                            + (e.getTarget() == null ? "" : e.getTarget()) + "\t"
                            + (e.getDetail() == null ? "" : e.getDetail().replace('\n', ' ')));
                }
                err.println(entries.size() + " entries" + (entries.size() == limit ? " (the newest " + limit
                        + "; --limit N for more)" : ""));
            }
            return ExitCode.OK;
        });
    }

    /** A day option (YYYY-MM-DD), a day of this computer's calendar. */
    private static LocalDate day(Args a, String option) {
        String v = a.option(option);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " must be a date like 2026-03-01, not '" + v + "'");
        }
    }

    private int demoData(Args a) {
        DemoDataService demo = service(DemoDataService.class);
        Installation inst = installation(a);
        List<CountyProfile> counties = a.flag("all") ? CountyProfile.ALL : List.of(inst.county());
        if (!demo.isEmpty() && service(SetupService.class).state().isDemo()) {
            // a demo load cut short (the process was killed): load what is missing, module by module
            List<String> resumed = demo.resume();
            if (!resumed.isEmpty()) {
                out.println("Resumed the demo data of " + inst.dataDir() + ": loaded " + String.join(", ", resumed));
                return ExitCode.OK;
            }
        }
        if (!demo.isEmpty()) {
            throw new CliFailure(ExitCode.ERROR, "the data directory " + inst.dataDir()
                    + " already holds jurisdiction data; demo data is only loaded into an empty one");
        }
        err.println("Loading demo data for " + (a.flag("all") ? "all of " + CountyProfile.CITY_NAME_ZH : inst.county().nameZh())
                + " …");
        OrgStats s = demo.load(counties, inst.county(), Installation.adminPassword());
        inst.saveSetting(Installation.SETTING_COUNTY, inst.county().id());
        if (a.flag("json")) {
            out.println(json(Map.of("loaded", counties.stream().map(CountyProfile::id).toList(), "villages",
                    s.villages(), "townships", s.townships(), "cadres", s.cadres())));
        } else {
            out.println("Loaded " + s.counties() + " counties, " + s.townships() + " townships, " + s.villages()
                    + " villages, " + s.cadres() + " cadres into " + inst.dataDir());
            out.println("Demo users: " + String.join(", ", DemoDataService.DEMO_USERS)
                    + " (demo only; see README for the passwords)");
        }
        return ExitCode.OK;
    }

    /**
     * Sets up a real installation: the county (fixed by a county build, {@code --county} in the full build), the
     * database ({@code --db-url}, tried before anything is written; its password from {@code JIANDU_DB_PASSWORD},
     * kept for later starts in the data directory, readable by this OS account only) and the first administrator.
     */
    private int setup(Args a) {
        Installation inst = installation(a);
        SetupService setup = service(SetupService.class);
        if (setup.state() != SetupService.State.NOT_SET_UP) {
            throw new CliFailure(ExitCode.ERROR, "the data directory " + inst.dataDir() + " is already set up ("
                    + (setup.state().isDemo() ? "demo data" : "county " + setup.countyId())
                    + "); setup only runs on a new one");
        }
        CountyProfile county = inst.county();
        if (a.option("county") != null && !Installation.countyChoosable()
                && !county.id().equals(Installation.productCounty().id())) {
            throw new UsageException("this is the " + Installation.productCounty().nameZh()
                    + " build: its installations are for " + Installation.productCounty().id() + " only");
        }
        String admin = a.option("admin");
        if (admin == null || admin.isBlank()) {
            throw new UsageException("setup needs --admin NAME (the first administrator)");
        }
        char[] pw = a.flag("password-stdin") ? readLine() : promptTwice("Password for the administrator " + admin);
        Subject s = setup.setUp(county, admin, a.option("display"), pw);
        inst.saveSetting(Installation.SETTING_COUNTY, county.id());
        Database db = service(Database.class);
        if (a.option("db-url") != null) {
            inst.rememberDatabase(db.config());
        }
        if (a.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("county", county.id());
            m.put("administrator", s.username());
            m.put("database", db.config().safeUrl());
            m.put("dataDirectory", inst.dataDir().toString());
            out.println(json(m));
        } else {
            out.println("Set up " + inst.dataDir() + " for " + county.commissionZh() + " with the administrator "
                    + s.username() + " (" + db.productName() + ").");
            out.println("Next: jiandu template jurisdiction --out FILE.xlsx, fill it in, then jiandu org import FILE.xlsx"
                    + " --user " + s.username());
        }
        return ExitCode.OK;
    }

    @Override
    public Installation installation(Args a) {
        return Installation.resolve(a.option("county"), a.option("data"), a.option("db-url"));
    }

    /**
     * Locks the data directory, opens and migrates the database, logs in when {@code needsUser}, runs the command and
     * closes everything again. A data directory that is not set up is refused (exit 3) except by {@code setup},
     * {@code demo-data} and the benchmarks, which set up a demo installation of their own on a new directory.
     */
    @Override
    public int withDatabase(Args a, Set<String> commandOptions, boolean needsUser, Work command) {
        HashSet<String> known = new HashSet<>(GLOBAL);
        known.addAll(commandOptions);
        a.allow(known);
        String cmd = a.command(0);
        boolean creates = "setup".equals(cmd) || "demo-data".equals(cmd);
        boolean bench = "bench".equals(cmd);
        Installation inst = installation(a);
        if (!creates && !bench && inst.isNew()) {
            throw notSetUp(inst); // before the lock: nothing is created in a directory that is not an installation
        }
        DatabaseManager dbm = service(DatabaseManager.class);
        try (DataDirectory dir = inst.lock()) {
            dbm.open(inst.database(dir));
            Runnable withdraw = publish.apply(dir);
            try {
                service(Database.class);
                SetupService.State state = service(SetupService.class).state();
                if (!creates && state == SetupService.State.NOT_SET_UP) {
                    if (!bench) {
                        throw notSetUp(inst);
                    }
                    if (needsUser) {
                        err.println("Benchmark on a new data directory: loading the demo data of " + inst.county().nameZh());
                        service(DemoDataService.class).load(List.of(inst.county()), inst.county(), Installation.adminPassword(),
                                true);
                        inst.saveSetting(Installation.SETTING_COUNTY, inst.county().id());
                        return command.run(benchAdmin(), a);
                    }
                }
                return command.run(needsUser ? login(a) : null, a);
            } finally {
                withdraw.run();
                dbm.close();
            }
        }
    }

    private static CliFailure notSetUp(Installation inst) {
        return new CliFailure(ExitCode.DATA_DIR, "the data directory " + inst.dataDir() + " is not set up: run jiandu setup --admin"
                + " NAME --data " + inst.dataDir() + " (or jiandu demo-data to try the workbench on demo data)");
    }

    /** The administrator of the demo installation a benchmark just created for itself. */
    private Subject benchAdmin() {
        try {
            return service(UserService.class).authenticate("admin", Installation.adminPassword());
        } catch (AuthenticationException e) {
            throw new CliFailure(ExitCode.LOGIN, e.getMessage());
        }
    }

    /**
     * The command line never acts without a user: {@code --user NAME} or {@code JIANDU_USER}, the password from
     * {@code JIANDU_PASSWORD}, {@code --password-stdin} (first line) or a prompt on a terminal.
     */
    private Subject login(Args a) {
        UserService users = service(UserService.class);
        String name = a.option("user");
        if (name == null) {
            name = System.getenv("JIANDU_USER");
        }
        if (name == null || name.isBlank()) {
            throw new CliFailure(ExitCode.LOGIN, "this command needs a user: --user NAME or JIANDU_USER (password from"
                    + " JIANDU_PASSWORD, --password-stdin or a prompt)");
        }
        String env = System.getenv("JIANDU_PASSWORD");
        char[] pw = env != null ? env.toCharArray() : a.flag("password-stdin") ? readLine() : prompt("Password for " + name);
        try {
            return users.authenticate(name, pw);
        } catch (PasswordChangeRequiredException e) {
            throw new CliFailure(ExitCode.LOGIN, "the password of " + name + " is a one-time password: change it first with"
                    + " jiandu password --user " + name);
        } catch (AuthenticationException e) {
            throw new CliFailure(ExitCode.LOGIN, e.getMessage());
        }
    }

    @Override
    public char[] prompt(String label) {
        Console c = System.console();
        if (c == null) {
            throw new CliFailure(ExitCode.LOGIN, "no terminal to ask for the password: set JIANDU_PASSWORD");
        }
        char[] pw = c.readPassword("%s: ", label);
        if (pw == null) {
            throw new CliFailure(ExitCode.LOGIN, "no password given");
        }
        return pw;
    }

    @Override
    public char[] promptTwice(String label) {
        char[] a = prompt(label);
        char[] b = prompt(label + " (again)");
        if (!Arrays.equals(a, b)) {
            throw new CliFailure(ExitCode.ERROR, "the two passwords differ; nothing was changed");
        }
        return a;
    }

    @Override
    public char[] readLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CliFailure(ExitCode.ERROR, "no password on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.ERROR, "cannot read standard input: " + e.getMessage());
        }
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public String json(Object value) {
        return gson.toJson(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T service(Class<T> type) {
        Object s = services.apply(type);
        if (s == null) {
            throw new CliFailure(ExitCode.ERROR, "internal error: the " + type.getSimpleName()
                    + " service is not available (is the installation complete?)");
        }
        return (T) s;
    }

    static final String HELP = """
            Jiandu Workbench (监督工作台) command line

            Usage: jiandu [GLOBAL OPTIONS] COMMAND [ARGS]   (no command: open the workbench)

            Commands:
              help [COMMAND]                     this text, or the lines of one module's COMMAND (also: COMMAND --help)
              setup --admin NAME [--display TEXT] [--password-stdin] [--db-url URL] [--county ID] [--encrypt]
                                                 set up a new data directory for real work: the county
                                                 (--county in the full build only), the database (tried first),
                                                 the first administrator (password: 12+ characters);
                                                 --encrypt: the embedded database encrypted at rest (key: db.key)
              db migrate --db-admin-url URL [--app-user NAME]
                                                 PostgreSQL: migrate as the schema owner and grant the
                                                 workbench's account only what it needs (README, PostgreSQL)
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
