package org.jiandu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.CliProgress;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.SetupService;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordChangeRequiredException;
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

    private static final Set<String> GLOBAL = Options.GLOBAL;
    /** Options without a value: the global ones and those of the commands of this bundle. */
    private static final Set<String> FLAGS = Set.of("json", "help", "password-stdin", "all", "encrypt", "dry-run",
            "no-backup");

    private final Function<Class<?>, Object> services;
    private final Supplier<List<CliCommand>> commands;
    private final Function<DataDirectory, Runnable> publish;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Caller caller;
    /** The data directory this process already has open (the workbench, jiandu serve); null when each command opens it. */
    private final Path resident;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    /**
     * @param services looks up an OSGi service by type, waiting briefly for it; null when none appears
     * @param commands the modules' command contributions present ({@link InstalledCommands})
     * @param publish  registers the locked data directory as an OSGi service for the command's duration (modules
     *                 such as search keep their files there); returns how to withdraw it
     */
    public Cli(Function<Class<?>, Object> services, Supplier<List<CliCommand>> commands,
            Function<DataDirectory, Runnable> publish, PrintStream out, PrintStream err, InputStream in) {
        this(services, commands, publish, out, err, in, Caller.local(), null);
    }

    /**
     * @param caller   where the command was typed
     * @param resident the data directory this process has open, on which every command then runs (see
     *                 {@link ResidentServer}); null when each command opens its own
     */
    public Cli(Function<Class<?>, Object> services, Supplier<List<CliCommand>> commands,
            Function<DataDirectory, Runnable> publish, PrintStream out, PrintStream err, InputStream in,
            Caller caller, Path resident) {
        this.services = services;
        this.commands = commands;
        this.publish = publish;
        this.out = out;
        this.err = err;
        this.in = in;
        this.caller = caller;
        this.resident = resident;
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
            if (resident != null && needsDirectoryAlone(args)) {
                throw new CliFailure(ExitCode.DATA_DIR, cmd + " needs the data directory " + resident
                        + " to itself, and the workbench (or jiandu serve) has it open: close that first");
            }
            return switch (cmd) {
                case "serve" -> serve(args);
                case "demo-data" -> withDatabase(args, Set.of("all"), false, (s, a) -> SetupCommands.demoData(this, a));
                case "setup" -> {
                    if (args.flag("encrypt")) {
                        installation(args).encryptNewDatabase(); // the key before the database file exists
                    }
                    yield withDatabase(args, Set.of("admin", "display", "password-stdin", "encrypt"), false,
                            (s, a) -> SetupCommands.setup(this, a));
                }
                case "org" -> OrgCommands.run(this, args);
                case "template" -> OrgCommands.template(this, args);
                case "cadre" -> OrgCommands.cadre(this, args);
                case "user" -> UserCommands.run(this, args);
                case "password" -> UserCommands.password(this, args);
                case "audit" -> AuditCommands.run(this, args);
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
        } catch (StackOverflowError | LinkageError e) {
            // LinkageError: a class a bundle cannot load (a bundle missing, an import the manifest lacks), which
            // Equinox would only log while the command exits 0
            return unexpected(e);
        }
    }

    /** Commands that create, replace or move the installation, which never run inside a process that has it open. */
    private static boolean needsDirectoryAlone(Args args) {
        String cmd = args.command(0);
        String sub = args.command(1);
        return switch (cmd) {
            case "serve", "setup", "demo-data", "db", "restore", "bench" -> true;
            case "update" -> !"check".equals(sub) && !"location".equals(sub);
            default -> false;
        };
    }

    /**
     * {@code jiandu serve}: keeps the data directory open and runs every {@code jiandu} command on it in this process
     * (through {@link ResidentServer}) until ended by Ctrl+C or a signal. Each command still logs in.
     */
    private int serve(Args args) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS); // the database is closed properly before the JVM ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jiandu-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return withDatabase(args, Set.of(), false, (none, a) -> listen(installation(a).dataDir(), stop));
        } finally {
            closed.countDown();
        }
    }

    private int listen(Path dataDir, CountDownLatch stop) {
        try (ResidentServer server = ResidentServer.start(dataDir, (argv, from, o, e, i) -> new Cli(services, commands, publish, o, e, i,
                from, dataDir).run(argv))) {
            err.println("serving " + dataDir + ": jiandu commands on this data directory now run in this process"
                    + " (each still logs in); Ctrl+C ends it");
            err.flush();
            stop.await();
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliFailure(ExitCode.DATA_DIR, "cannot listen in " + dataDir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
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
        int options = CoreHelp.TEXT.indexOf("\nGlobal options:");
        return CoreHelp.TEXT.substring(0, options) + modules + CoreHelp.TEXT.substring(options);
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

    @Override
    public Installation installation(Args a) {
        String data = a.option("data");
        return Installation.resolve(a.option("county"), data == null ? null : path(data).toString(), a.option("db-url"));
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
        if (resident != null) {
            return inResident(inst, a, needsUser, command);
        }
        if (!creates && !bench && inst.isNew()) {
            throw notSetUp(inst); // before the lock: nothing is created in a directory that is not an installation
        }
        DatabaseManager dbm = service(DatabaseManager.class);
        try (DataDirectory dir = inst.lock()) {
            // published before the database opens, as the workbench does: a backup before a migration copies its parts
            Runnable withdraw = publish.apply(dir);
            try {
                dbm.open(inst.database(dir), new CliProgress(err, null)); // a line only for a backup before a migration
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

    /** {@link #withDatabase} in a process that already has the data directory open: nothing to open or close. */
    private int inResident(Installation inst, Args a, boolean needsUser, Work command) {
        if (!inst.dataDir().equals(resident)) {
            throw new CliFailure(ExitCode.DATA_DIR, "this process has " + resident + " open, not " + inst.dataDir());
        }
        if (a.option("db-url") != null) {
            throw new CliFailure(ExitCode.DATA_DIR, "the workbench (or jiandu serve) has " + resident + " open with its own"
                    + " database: leave out --db-url, or close that first");
        }
        if (service(SetupService.class).state() == SetupService.State.NOT_SET_UP) {
            throw notSetUp(inst);
        }
        return command.run(needsUser ? login(a) : null, a);
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
            name = caller.env().apply("JIANDU_USER");
        }
        if (name == null || name.isBlank()) {
            throw new CliFailure(ExitCode.LOGIN, "this command needs a user: --user NAME or JIANDU_USER (password from"
                    + " JIANDU_PASSWORD, --password-stdin or a prompt)");
        }
        String env = caller.env().apply("JIANDU_PASSWORD");
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
        if (!caller.terminal()) {
            throw new CliFailure(ExitCode.LOGIN, "no terminal to ask for the password: set JIANDU_PASSWORD");
        }
        char[] pw = caller.prompter().apply(label);
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
    public Path path(String named) {
        return caller.cwd().resolve(named);
    }

    @Override
    public String environment(String name) {
        return caller.env().apply(name);
    }

    @Override
    public boolean terminal() {
        return caller.terminal();
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
}
