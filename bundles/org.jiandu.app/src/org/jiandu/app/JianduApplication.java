package org.jiandu.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.setup.SetupChoice;
import org.jiandu.app.setup.SetupDialog;
import org.jiandu.app.setup.SetupMessages;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.Progress;
import org.jiandu.core.SetupService;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the workbench: locks the data directory, opens the database with a progress window (a data directory that
 * is not set up gets the setup dialog first, or demo data when started with {@code --demo}), logs the user in, then
 * hands over to the e4 workbench. Every failure a user can cause ends in a dialog
 * that says what went wrong and where, never in a stack trace.
 */
public class JianduApplication implements IApplication {

    /** Exit codes shared with the command line. */
    static final int DATA_DIR = 3, DATABASE = 4, ERROR = 7;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        Installation inst;
        try {
            inst = Installation.resolve(option(args, "--county"), option(args, "--data"), option(args, "--db-url"));
        } catch (IllegalArgumentException e) {
            applyLanguage(null);
            fail(Messages.error_title, e.getMessage());
            return Integer.valueOf(2);
        }
        applyLanguage(inst);
        Display display = Display.getDefault();
        context.applicationRunning();

        DataDirectory dir;
        try {
            dir = inst.lock();
        } catch (DataDirectoryException e) {
            fail(Messages.error_title, NLS.bind(Messages.error_datadir, StartupErrors.text(e)));
            return Integer.valueOf(DATA_DIR);
        }
        WorkbenchLog.install(inst.dataDir());
        DatabaseManager dbm = null;
        ServiceRegistration<Session> registration = null;
        // modules keep their files in the data directory (search index, attachments)
        ServiceRegistration<DataDirectory> dirRegistration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(DataDirectory.class, dir, FrameworkUtil.asDictionary(Map.of(DataDirectory.RESIDENT, "true")));
        try {
            dbm = Services.await(DatabaseManager.class);
            Database db = null;
            if (!inst.isNew()) {
                db = openWithProgress(display, Messages.opening_database, dbm, inst.database(dir), null);
                if (db == null) {
                    return Integer.valueOf(DATABASE);
                }
            }
            Subject subject = null;
            boolean importNext = false;
            if (db == null || Services.await(SetupService.class).state() == SetupService.State.NOT_SET_UP) {
                SetupChoice choice = hasFlag(args, "--demo") ? new SetupChoice(inst.county(), null, null, null, null, true)
                        : askSetup(inst, dbm);
                if (choice == null) {
                    return IApplication.EXIT_OK;
                }
                DatabaseConfig cfg = choice.database() != null ? choice.database().withKeys(dir.root()) : inst.database(dir);
                Installation chosen = new Installation(choice.county(), inst.dataDir(), null);
                AtomicReference<Subject> admin = new AtomicReference<>();
                db = openWithProgress(display, NLS.bind(choice.demo() ? SetupMessages.working_demo : SetupMessages.working_setup,
                        choice.county().displayName(Locale.getDefault())), dbm, cfg, () -> admin.set(setUp(chosen, choice)));
                if (db == null) {
                    return Integer.valueOf(DATABASE);
                }
                inst = chosen;
                subject = admin.get();
                importNext = !choice.demo();
            }
            boolean demo = Services.await(SetupService.class).state().isDemo();
            if (demo) {
                Services.await(DemoDataService.class).resume(); // a first start's demo load that was cut short
            }
            if (subject == null) {
                subject = login(display, inst, demo);
                if (subject == null) {
                    return IApplication.EXIT_OK;
                }
            }
            DatabaseConfig cfg = db.config();
            Session session = new Session(subject, inst.county(), inst.dataDir(), db.productName() + " · " + cfg.safeUrl(), demo,
                    importNext);
            registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(Session.class, session, null);
            Location instance = Platform.getInstanceLocation();
            if (instance != null && !instance.isSet()) {
                instance.set(inst.dataDir().toUri().toURL(), false);
            }
            return new E4Application().start(context);
        } catch (RuntimeException e) {
            fail(Messages.error_title, NLS.bind(Messages.error_other, e.getMessage()));
            return Integer.valueOf(ERROR);
        } finally {
            if (registration != null) {
                registration.unregister();
            }
            dirRegistration.unregister();
            WorkbenchLog.close();
            if (dbm != null) {
                dbm.close();
            }
            dir.close();
        }
    }

    /** The setup dialog; null when the user cancels. */
    private static SetupChoice askSetup(Installation inst, DatabaseManager dbm) {
        SetupDialog dialog = new SetupDialog(null, inst, dbm);
        return dialog.open() == SetupDialog.OK ? dialog.choice() : null;
    }

    /**
     * Runs on the worker thread once the chosen database is open: demo data, or the real setup with the first
     * administrator, who is then logged in. The settings are written only after the database holds the setup, so
     * a failure leaves the directory as new as it was.
     */
    private static Subject setUp(Installation inst, SetupChoice choice) {
        try {
            Subject admin = null;
            if (choice.demo()) {
                Services.await(DemoDataService.class).load(List.of(choice.county()), choice.county(), Installation.adminPassword());
            } else {
                admin = Services.await(SetupService.class).setUp(choice.county(), choice.adminName(), choice.adminDisplay(),
                        choice.adminPassword());
            }
            inst.saveSetting(Installation.SETTING_COUNTY, choice.county().id());
            DatabaseConfig server = choice.database();
            if (server != null) {
                inst.rememberDatabase(server);
            }
            return admin;
        } finally {
            PasswordHasher.wipe(choice.adminPassword());
        }
    }

    /**
     * Opens the database on a worker thread, then runs {@code then} there too (setup, demo data), while a small
     * window says what is happening. Returns null after telling the user what went wrong.
     */
    private Database openWithProgress(Display display, String what, DatabaseManager dbm, DatabaseConfig config,
            Runnable then) {
        AtomicReference<Object> result = new AtomicReference<>();
        Shell shell = new Shell(display, SWT.ON_TOP | SWT.BORDER | SWT.TITLE);
        shell.setText(Messages.opening_title);
        shell.setLayout(new GridLayout(1, false));
        Label label = new Label(shell, SWT.NONE);
        label.setText(what);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ProgressBar bar = new ProgressBar(shell, SWT.INDETERMINATE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shell.setSize(460, 110);
        shell.setLocation(center(display, shell));
        shell.open();
        // said only while a backup is made before a new version changes the database (it may take minutes)
        Progress backup = new Progress() {
            @Override
            public void worked(int done, int total, String current) {
                display.asyncExec(() -> {
                    if (!label.isDisposed() && current != null) {
                        label.setText(current + " " + done + "/" + total);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Thread worker = new Thread(() -> {
            try {
                Database db = dbm.open(config, backup);
                if (then != null) {
                    then.run();
                }
                result.set(db);
            } catch (RuntimeException e) {
                result.set(e);
            } finally {
                display.wake();
            }
        }, "jiandu-open-database");
        worker.start();
        while (result.get() == null) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        shell.dispose();
        Object r = result.get();
        if (r instanceof Database db) {
            return db;
        }
        RuntimeException e = (RuntimeException) r;
        String text = e instanceof DatabaseException d ? NLS.bind(Messages.error_database, StartupErrors.text(d))
                : e instanceof DataDirectoryException d ? NLS.bind(Messages.error_datadir, StartupErrors.text(d))
                : then != null ? NLS.bind(SetupMessages.failed, e.getMessage())
                : NLS.bind(Messages.error_other, e.getMessage());
        fail(then != null ? SetupMessages.failed_title : Messages.error_title, text);
        return null;
    }

    /**
     * {@code JIANDU_USER} and {@code JIANDU_PASSWORD} log in without the dialog (as on the command line);
     * otherwise the login dialog asks until the user logs in or cancels.
     */
    private Subject login(Display display, Installation inst, boolean demo) {
        UserService users = Services.await(UserService.class);
        String envUser = System.getenv("JIANDU_USER");
        String envPassword = System.getenv("JIANDU_PASSWORD");
        if (envUser != null && envPassword != null) {
            try {
                return users.authenticate(envUser, envPassword.toCharArray());
            } catch (AuthenticationException e) {
                // fall through to the dialog, which says what was wrong; for a one-time password
                // (PasswordChangeRequiredException) it offers the change of password and then logs in
            }
        }
        LoginDialog dialog = new LoginDialog(null, users, inst, envUser, demo);
        return dialog.open() == LoginDialog.OK ? dialog.subject() : null;
    }

    /** A language chosen in the preferences applies unless -nl was given on the command line. */
    private static void applyLanguage(Installation inst) {
        String commands = System.getProperty("eclipse.commands", "");
        if (inst == null || commands.contains("-nl\n") || commands.contains("-nl ")) {
            return;
        }
        String nl = inst.settings().getProperty("ui.nl");
        if (nl != null && !nl.isBlank()) {
            Locale locale = Locale.forLanguageTag(nl.replace('_', '-'));
            Locale.setDefault(locale);
            System.setProperty("osgi.nl", nl);
        }
    }

    private static void fail(String title, String message) {
        Display.getDefault();
        Dialogs.error(null, title, message);
    }

    static org.eclipse.swt.graphics.Point center(Display display, Shell shell) {
        org.eclipse.swt.graphics.Rectangle b = display.getPrimaryMonitor().getBounds();
        org.eclipse.swt.graphics.Point s = shell.getSize();
        return new org.eclipse.swt.graphics.Point(b.x + (b.width - s.x) / 2, b.y + (b.height - s.y) / 3);
    }

    static boolean hasFlag(String[] args, String name) {
        return Arrays.asList(args).contains(name);
    }

    static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        // the workbench stops through its own close
    }
}
