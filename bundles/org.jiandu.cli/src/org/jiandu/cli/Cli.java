package org.jiandu.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
public final class Cli {

    static final int OK = 0, CHECK_FAILED = 1, USAGE = 2, DATA_DIR = 3, DATABASE = 4, LOGIN = 5, DENIED = 6, ERROR = 7;
    private static final Set<String> GLOBAL = Set.of("data", "db-url", "user", "json", "county", "nl", "help", "password-stdin");

    private final Function<Class<?>, Object> services;
    private final Function<DataDirectory, Runnable> publish;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    /**
     * @param services looks up an OSGi service by type, waiting briefly for it; null when none appears
     */
    public Cli(Function<Class<?>, Object> services, PrintStream out, PrintStream err, InputStream in) {
        this(services, d -> () -> { }, out, err, in);
    }

    /**
     * @param publish registers the locked data directory as an OSGi service for the command's duration (modules
     *                such as search keep their files there); returns how to withdraw it
     */
    public Cli(Function<Class<?>, Object> services, Function<DataDirectory, Runnable> publish, PrintStream out,
            PrintStream err, InputStream in) {
        this.services = services;
        this.publish = publish;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    public int run(String[] argv) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (UsageException e) {
            err.println("jiandu: " + e.getMessage() + " (see: jiandu help)");
            return USAGE;
        }
        String cmd = args.command(0);
        if (cmd == null || "help".equals(cmd) || args.flag("help")) {
            out.print(HELP);
            return OK;
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
                case "bench" -> "training".equals(args.command(1)) ? TrainingCommands.bench(this, args)
                        : "patrol".equals(args.command(1)) ? PatrolCommands.bench(this, args)
                        : "cleanunit".equals(args.command(1)) ? CleanUnitCommands.bench(this, args) : SearchCommands.run(this, cmd, args);
                case "index", "search", "batch-search", "reindex", "tag", "folders" -> SearchCommands.run(this, cmd, args);
                case "case" -> CaseCommands.run(this, args);
                case "training" -> TrainingCommands.run(this, args);
                case "patrol" -> PatrolCommands.run(this, args);
                case "cleanunit" -> CleanUnitCommands.run(this, args);
                default -> throw new UsageException("unknown command '" + cmd + "'");
            };
        } catch (UsageException e) {
            err.println("jiandu: " + e.getMessage() + " (see: jiandu help)");
            return USAGE;
        } catch (CliFailure e) {
            err.println("jiandu: " + e.getMessage());
            return e.exitCode;
        } catch (DataDirectoryException e) {
            err.println("jiandu: " + e.getMessage());
            return DATA_DIR;
        } catch (DatabaseException e) {
            err.println("jiandu: " + e.getMessage());
            return DATABASE;
        } catch (AccessDeniedException e) {
            err.println("jiandu: access denied: " + e.getMessage());
            return DENIED;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("jiandu: " + e.getMessage());
            return ERROR;
        } catch (RuntimeException e) {
            return unexpected(e);
        } catch (OutOfMemoryError e) {
            err.println("jiandu: the command ran out of memory (give Java more with -Xmx in jiandu.ini, or split the"
                    + " work); nothing after the last message was saved");
            return ERROR;
        } catch (StackOverflowError e) {
            return unexpected(e);
        }
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
        java.util.logging.Logger.getLogger(Cli.class.getName()).severe(where.toString());
        return ERROR;
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
                out.println(gson.toJson(m));
            } else if (r.intact()) {
                out.println("audit log intact: " + r.entries() + " entries");
            }
            if (!r.intact()) {
                err.println("jiandu: audit log broken at entry " + r.firstBadSeq() + ": " + r.problem());
                return CHECK_FAILED;
            }
            return OK;
        });
    }

    /** The administrator reads the log: newest first, filtered by user, action, target and time. */
    private int auditList(Args args) {
        return withDatabase(args, Set.of("actor", "action", "target", "since", "until", "limit"), true, (subject, a) -> {
            int limit = a.intOption("limit", 50);
            if (limit < 1 || limit > 100_000) {
                throw new UsageException("--limit must be between 1 and 100000");
            }
            java.time.LocalDate since = day(a, "since");
            java.time.LocalDate until = day(a, "until");
            if (since != null && until != null && since.isAfter(until)) {
                throw new UsageException("--since " + since + " is after --until " + until);
            }
            java.time.ZoneId here = java.time.ZoneId.systemDefault();
            AuditLog.Filter f = new AuditLog.Filter(a.option("actor"), a.option("action"), a.option("target"),
                    since == null ? null : since.atStartOfDay(here).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(here).toInstant());
            List<org.jiandu.core.audit.AuditEntry> entries = service(AuditLog.class).list(subject, f, limit);
            if (a.flag("json")) {
                List<Map<String, Object>> rows = new java.util.ArrayList<>();
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
                out.println(gson.toJson(rows));
            } else {
                java.time.format.DateTimeFormatter t = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(java.time.ZoneId.systemDefault());
                for (org.jiandu.core.audit.AuditEntry e : entries) {
                    out.println(e.getSeq() + "\t" + t.format(e.getAt()) + "\t" + e.getActor() + "\t" + e.getAction() + "\t"
                            + (e.getTarget() == null ? "" : e.getTarget()) + "\t"
                            + (e.getDetail() == null ? "" : e.getDetail().replace('\n', ' ')));
                }
                err.println(entries.size() + " entries" + (entries.size() == limit ? " (the newest " + limit
                        + "; --limit N for more)" : ""));
            }
            return OK;
        });
    }

    /** A day option (YYYY-MM-DD), a day of this computer's calendar. */
    private static java.time.LocalDate day(Args a, String option) {
        String v = a.option(option);
        if (v == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
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
                return OK;
            }
        }
        if (!demo.isEmpty()) {
            throw new CliFailure(ERROR, "the data directory " + inst.dataDir()
                    + " already holds jurisdiction data; demo data is only loaded into an empty one");
        }
        err.println("Loading demo data for " + (a.flag("all") ? "all of " + CountyProfile.CITY_NAME_ZH : inst.county().nameZh())
                + " …");
        OrgStats s = demo.load(counties, inst.county(), Installation.adminPassword());
        inst.saveSetting(Installation.SETTING_COUNTY, inst.county().id());
        if (a.flag("json")) {
            out.println(gson.toJson(Map.of("loaded", counties.stream().map(CountyProfile::id).toList(), "villages",
                    s.villages(), "townships", s.townships(), "cadres", s.cadres())));
        } else {
            out.println("Loaded " + s.counties() + " counties, " + s.townships() + " townships, " + s.villages()
                    + " villages, " + s.cadres() + " cadres into " + inst.dataDir());
            out.println("Demo users: " + String.join(", ", DemoDataService.DEMO_USERS)
                    + " (demo only; see README for the passwords)");
        }
        return OK;
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
            throw new CliFailure(ERROR, "the data directory " + inst.dataDir() + " is already set up ("
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
            out.println(gson.toJson(m));
        } else {
            out.println("Set up " + inst.dataDir() + " for " + county.commissionZh() + " with the administrator "
                    + s.username() + " (" + db.productName() + ").");
            out.println("Next: jiandu template jurisdiction --out FILE.xlsx, fill it in, then jiandu org import FILE.xlsx"
                    + " --user " + s.username());
        }
        return OK;
    }

    interface Command {
        int run(Subject subject, Args args);
    }

    Installation installation(Args a) {
        return Installation.resolve(a.option("county"), a.option("data"), a.option("db-url"));
    }

    /**
     * Locks the data directory, opens and migrates the database, logs in when {@code needsUser}, runs the command and
     * closes everything again. A data directory that is not set up is refused (exit 3) except by {@code setup},
     * {@code demo-data} and the benchmarks, which set up a demo installation of their own on a new directory.
     */
    int withDatabase(Args a, Set<String> commandOptions, boolean needsUser, Command command) {
        java.util.HashSet<String> known = new java.util.HashSet<>(GLOBAL);
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
        return new CliFailure(DATA_DIR, "the data directory " + inst.dataDir() + " is not set up: run jiandu setup --admin"
                + " NAME --data " + inst.dataDir() + " (or jiandu demo-data to try the workbench on demo data)");
    }

    /** The administrator of the demo installation a benchmark just created for itself. */
    private Subject benchAdmin() {
        try {
            return service(UserService.class).authenticate("admin", Installation.adminPassword());
        } catch (AuthenticationException e) {
            throw new CliFailure(LOGIN, e.getMessage());
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
            throw new CliFailure(LOGIN, "this command needs a user: --user NAME or JIANDU_USER (password from"
                    + " JIANDU_PASSWORD, --password-stdin or a prompt)");
        }
        String env = System.getenv("JIANDU_PASSWORD");
        char[] pw = env != null ? env.toCharArray() : a.flag("password-stdin") ? readLine() : prompt("Password for " + name);
        try {
            return users.authenticate(name, pw);
        } catch (PasswordChangeRequiredException e) {
            throw new CliFailure(LOGIN, "the password of " + name + " is a one-time password: change it first with"
                    + " jiandu password --user " + name);
        } catch (AuthenticationException e) {
            throw new CliFailure(LOGIN, e.getMessage());
        }
    }

    char[] prompt(String label) {
        Console c = System.console();
        if (c == null) {
            throw new CliFailure(LOGIN, "no terminal to ask for the password: set JIANDU_PASSWORD");
        }
        char[] pw = c.readPassword("%s: ", label);
        if (pw == null) {
            throw new CliFailure(LOGIN, "no password given");
        }
        return pw;
    }

    char[] promptTwice(String label) {
        char[] a = prompt(label);
        char[] b = prompt(label + " (again)");
        if (!java.util.Arrays.equals(a, b)) {
            throw new CliFailure(ERROR, "the two passwords differ; nothing was changed");
        }
        return a;
    }

    char[] readLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CliFailure(ERROR, "no password on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CliFailure(ERROR, "cannot read standard input: " + e.getMessage());
        }
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Gson gson() {
        return gson;
    }

    @SuppressWarnings("unchecked")
    <T> T service(Class<T> type) {
        Object s = services.apply(type);
        if (s == null) {
            throw new CliFailure(ERROR, "internal error: the " + type.getSimpleName()
                    + " service is not available (is the installation complete?)");
        }
        return (T) s;
    }

    /** Writes a file the user named; an I/O error ends the command (exit 1) with a message naming the file. */
    static void write(Path out, FileWrite work) {
        try {
            work.write(out);
        } catch (IOException e) {
            throw new CliFailure(ERROR, "cannot write " + out + ": " + e.getMessage());
        }
    }

    /** Writes one file. */
    interface FileWrite {
        void write(Path out) throws IOException;
    }

    /** A whole number ≥ 1 given for an option, or a usage error naming the option. */
    static int positiveInt(String text, String option) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a whole number of at least 1, not '" + text + "'");
    }

    static final String HELP = """
            Jiandu Workbench (监督工作台) command line

            Usage: jiandu [GLOBAL OPTIONS] COMMAND [ARGS]   (no command: open the workbench)

            Commands:
              help                               this text
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
              index DIR... [--township CODE] [--case NO] [--json]
                                                 index case materials (incremental; unreadable files listed)
              search QUERY [--limit N] [--sort relevance|date] [--json]
                                                 full-text search within your scope: terms AND, OR, -term,
                                                 "quotes", township: year: type: form: case: tag:, * ? ~
              batch-search FILE --out HITS.xlsx  clearance check: every term of FILE (CSV, XLSX, text) against
                                                 every document in scope; summary and term × document matrix
              reindex PATH                       read one indexed file again (after a change, or for OCR)
              tag PATH TAG [--remove]            tag a document for yourself (★ stars it); tag:TAG finds it
              folders [--watch PATH | --unwatch PATH] [--json]
                                                 indexed archive folders; watched ones update while the
                                                 workbench runs
              case import FILE.xlsx [--good-rows] [--json]
                                                 import cases (案件); header row 案件编号 被审查人 职级 乡镇 违纪类别
                                                 形态 立案日期 结案日期 状态; any bad row imports nothing unless
                                                 --good-rows (exit 1 when refused)
              case list [--text T] [--status S] [--limit N] [--json]
              case add NO --subject NAME --rank R --township CODE --category TEXT [--form 1-4]
                       [--filed DATE] [--closed DATE] [--status 初核|立案|审理|结案]
              bench query [--queries N] [--json]  query latency over this data directory's own index
              bench search [--docs N] [--queries N] [--json]
                                                 search benchmark on a generated corpus (use an empty --data)
              training import FILE.xlsx [--kind roster|attendance] [--map field=Header,...] [--good-rows]
                                                 rosters or attendance; any bad row: nothing imported
              training compliance [--year Y] [--as-of DATE] [--out FILE.xlsx|FILE.pdf] [--json]
              training compliance --years 2021-2025 [--json]   one line per year (a term's trend)
                                                 who is behind on which rule (all-staff, hours, pre-job, ...)
              training transcript CADRE [--out FILE.xlsx|FILE.pdf] [--json]
                                                 a cadre's sessions, rotations and requirements
              training sessions [--year Y] [--kind K] [--text T]   training sessions in your scope
              training session CODE --kind K --title T --start DATE [--end DATE] [--hours H] [--capacity N]
                       [--trainer USER] [--place P] [--org CODE] [--regulation R --effective DATE]
              training rules | training rule CODE [--amount N] [--due-soon DAYS] [--active yes|no]
              training certificate SESSION CADRE completion certificate (PDF, kept in the data directory)
              training assign [--as-of DATE]     enrol everyone a rule requires in the next fitting session
              training confirm CADRE [--on DATE] confirm on post (refused until the pre-job pipeline is done)
              training reelection TOWNSHIP --on DATE   record a re-election (requires basic training)
              training staffing [--year Y]       posts, vacancies, seconded, tenure, training coverage
              training freeze [--year Y] | training diff ID   freeze a year's report; later changes as a diff
              patrol plan --term 2026-2030 [--rounds-per-year N] [--seed S] [--steps N] [--out PLAN.xlsx|.pdf] [--json]
                                                 plan (or replan) the county's term: every organisation and village
                                                 once, capacity, recusal, modes; completed rounds kept (exit 1 if
                                                 not feasible, with the reasons)
              patrol check PLAN.json [--json]    re-check every hard constraint of a plan file (exit 1 on violations)
              patrol ledger --term T [--flag overdue|paper|found_again|...] [--out FILE.xlsx|.pdf] [--json]
                                                 the rectification ledger (整改台账) with its flags
              patrol finding --term T --round N --target CODE --category C --text T --owner O --deadline DATE
              patrol evidence ITEM FILE [--on DATE] | patrol close ITEM [--on DATE] (you are the reviewer)
              bench patrol [--steps N] [--runs N]   planner on generated county and city instances
              cleanunit report [--year Y] [--out FILE.xlsx|.pdf] [--json]
                                                 clean-unit creation (清廉单元) per kind and township: declared,
                                                 published, revoked, meeting the standard, target, coverage %
              cleanunit score UNIT [--kind K] [--json]   the unit's latest evaluation, indicator by indicator
              cleanunit list [--kind K] [--status S] [--township CODE] [--text T] [--out FILE] [--json]
              cleanunit declare UNIT --kind K [--on DATE]   UNIT: a unit or village code, or a cadre code (family)
              cleanunit step ID ACTION [--reason R] [--on DATE]   start, self_assess, review, verify, notice,
                                                 publish, reject, appeal, uphold, reopen, suspend, reinstate,
                                                 revoke, redeclare
              cleanunit evaluate ID --stage self|on_site|monitoring --scores FILE.csv [--year Y] [--bonus B]
                       [--knockout K1,K2]         FILE.csv: indicator,points[,note] per line
              cleanunit evidence ID INDICATOR FILE | cleanunit event UNIT --text T [--case NO] [--on DATE]
              cleanunit standard KIND [--version N] | standard publish KIND FILE.txt | standard diff KIND A B
              cleanunit target TOWNSHIP --kind K --eligible N --percent P
              bench cleanunit [--units N] [--years N] [--runs N]   city-wide report benchmark (use an empty --data)
              bench training [--rows N] [--cadres N] [--years N] [--runs N]
                                                 import and compliance benchmark (use an empty --data)

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
