package org.jiandu.app;

import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.jiandu.app.setup.SetupChoice;
import org.jiandu.app.setup.SetupDialog;
import org.jiandu.app.setup.SetupMessages;
import org.jiandu.core.DemoDataService;
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
import org.jiandu.ui.Session;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Lets a user into the workbench: opens the database of a data directory that is set up (begun at once, on a thread of
 * its own), or sets a new one up (the setup dialog, or demo data when started with {@code --demo}), then logs the user
 * in and registers the {@link Session} the workbench's parts work with. {@link #admit} runs on the UI thread once e4
 * has loaded its model; every failure a user can cause ends in a dialog that says what went wrong and where, and then
 * in {@link StartAborted} with the exit code.
 */
final class Admission {

    /** What the opening thread found: the database, its state, and a login from the environment when one was given. */
    private record Opened(Database db, SetupService.State state, Subject subject, boolean refused) {
    }

    private Display display;
    private final DataDirectory dir;
    private final DatabaseManager dbm;
    private final boolean demoFlag;
    private final String envUser;
    private final String envPassword;
    private final Opening<Opened> opening;
    /** Set when the start ends before the admission: the opening then stops after the database. */
    private volatile boolean abandoned;
    private boolean admitting;
    private Installation inst;
    private ServiceRegistration<Session> registration;

    /**
     * Begins to open the database of a data directory that is set up, before the display exists; a new one waits for
     * {@link #admit}.
     */
    Admission(Installation inst, DataDirectory dir, DatabaseManager dbm, boolean demoFlag) {
        this.inst = inst;
        this.dir = dir;
        this.dbm = dbm;
        this.demoFlag = demoFlag;
        // JIANDU_USER and JIANDU_PASSWORD log in without the dialog (as on the command line)
        this.envUser = System.getenv("JIANDU_USER");
        this.envPassword = System.getenv("JIANDU_PASSWORD");
        DatabaseConfig config = inst.isNew() ? null : inst.database(dir);
        opening = config == null ? null : Opening.start(progress -> {
            Database db = dbm.open(config, progress);
            if (abandoned) {
                return new Opened(db, null, null, false); // the start ended meanwhile: nobody to log in
            }
            SetupService.State state = Services.await(SetupService.class).state();
            if (state.isDemo()) {
                Services.await(DemoDataService.class).resume(); // a first start's demo load that was cut short
            }
            if (state == SetupService.State.NOT_SET_UP || abandoned) {
                return new Opened(db, state, null, false);
            }
            try {
                return new Opened(db, state, environmentLogin(), false);
            } catch (AuthenticationException e) {
                // the dialog says what was wrong; for a one-time password (PasswordChangeRequiredException) it offers
                // the change of password and then logs in
                return new Opened(db, state, null, true);
            }
        });
    }

    /**
     * {@code JIANDU_USER} and {@code JIANDU_PASSWORD} log in without the dialog (as on the command line); null when
     * they are not both set.
     */
    private Subject environmentLogin() throws AuthenticationException {
        return envUser == null || envPassword == null ? null
                : Services.await(UserService.class).authenticate(envUser, envPassword.toCharArray());
    }

    /** The window that says the database is opening, once the display is there. */
    void show(Display d) {
        display = d;
        if (opening != null) {
            opening.show(d, Messages.opening_database);
        }
    }

    /** Runs on the UI thread: the database open, set up, a user logged in, the session registered; or StartAborted. */
    void admit() {
        admitting = true;
        Opened opened = null;
        if (opening != null) {
            try {
                opened = opening.await();
            } catch (RuntimeException e) {
                throw abort(Messages.error_title, errorText(e, false), JianduApplication.DATABASE);
            }
        }
        Database db = opened == null ? null : opened.db();
        Subject subject = opened == null ? null : opened.subject();
        boolean importNext = false;
        boolean setUpNow = opened == null || opened.state() == SetupService.State.NOT_SET_UP;
        if (setUpNow) {
            SetupChoice choice = demoFlag ? new SetupChoice(inst.county(), null, null, null, null, true)
                    : askSetup();
            if (choice == null) {
                throw new StartAborted(IApplication.EXIT_OK);
            }
            DatabaseConfig cfg = choice.database() != null ? choice.database().withKeys(dir.root()) : inst.database(dir);
            Installation chosen = new Installation(choice.county(), inst.dataDir(), null);
            String what = NLS.bind(choice.demo() ? SetupMessages.working_demo : SetupMessages.working_setup,
                    choice.county().displayName(Locale.getDefault()));
            Opening<Opened> setup = Opening.begin(display, what, progress -> {
                Database created = dbm.open(cfg, progress);
                return new Opened(created, null, setUp(chosen, choice), false);
            });
            try {
                Opened done = setup.await();
                db = done.db();
                subject = done.subject();
            } catch (RuntimeException e) {
                throw abort(SetupMessages.failed_title, errorText(e, true), JianduApplication.DATABASE);
            }
            inst = chosen;
            importNext = !choice.demo();
        }
        boolean demo = Services.await(SetupService.class).state().isDemo();
        if (setUpNow && demo) {
            Services.await(DemoDataService.class).resume();
        }
        if (subject == null) {
            subject = login(demo, opened == null || !opened.refused());
            if (subject == null) {
                throw new StartAborted(IApplication.EXIT_OK);
            }
        }
        Session session = new Session(subject, inst.county(), inst.dataDir(), db.productName() + " · " + db.config().safeUrl(),
                demo, importNext);
        registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(Session.class, session, null);
    }

    /**
     * The logged-in user's session leaves with the workbench. When e4 ended the start before the admission (a broken
     * model, say), the opening is waited for first, so that the database is not closed under it.
     */
    void close() {
        if (opening != null && !admitting) {
            abandoned = true;
            try {
                opening.abandon();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    /** The setup dialog; null when the user cancels. */
    private SetupChoice askSetup() {
        SetupDialog dialog = new SetupDialog(null, inst, dbm);
        return dialog.open() == SetupDialog.OK ? dialog.choice() : null;
    }

    /**
     * Runs on the opening thread once the chosen database is open: demo data, or the real setup with the first
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
     * The login dialog, asking until the user logs in or cancels; the environment's login is tried first unless it was
     * tried already (a refused one is counted once, not twice).
     */
    private Subject login(boolean demo, boolean tryEnvironment) {
        if (tryEnvironment) {
            try {
                Subject s = environmentLogin();
                if (s != null) {
                    return s;
                }
            } catch (AuthenticationException e) {
                // the dialog says what was wrong
            }
        }
        LoginDialog dialog = new LoginDialog(null, Services.await(UserService.class), inst, envUser, demo);
        return dialog.open() == LoginDialog.OK ? dialog.subject() : null;
    }

    private static String errorText(RuntimeException e, boolean setup) {
        return e instanceof DatabaseException d ? NLS.bind(Messages.error_database, StartupErrors.text(d))
                : e instanceof DataDirectoryException d ? NLS.bind(Messages.error_datadir, StartupErrors.text(d))
                : setup ? NLS.bind(SetupMessages.failed, e.getMessage())
                : NLS.bind(Messages.error_other, e.getMessage());
    }

    private static StartAborted abort(String title, String text, int code) {
        JianduApplication.fail(title, text);
        return new StartAborted(code);
    }
}
