package org.jiandu.app;

import java.util.Locale;
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
import org.jiandu.core.DemoDataService;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the workbench: locks the data directory, opens (and on first start fills) the database with a progress
 * window, logs the user in, then hands over to the e4 workbench. Every failure a user can cause ends in a dialog
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
            fail(Messages.error_title, NLS.bind(Messages.error_datadir, Dialogs.text(e)));
            return Integer.valueOf(DATA_DIR);
        }
        DatabaseManager dbm = null;
        ServiceRegistration<Session> registration = null;
        // modules keep their files in the data directory (search index, attachments)
        ServiceRegistration<DataDirectory> dirRegistration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(DataDirectory.class, dir, null);
        try {
            dbm = Services.await(DatabaseManager.class);
            Database db = openWithProgress(display, inst, dir, dbm);
            if (db == null) {
                return Integer.valueOf(DATABASE);
            }
            Subject subject = login(display, inst);
            if (subject == null) {
                return IApplication.EXIT_OK;
            }
            DatabaseConfig cfg = db.config();
            Session session = new Session(subject, inst.county(), inst.dataDir(), db.productName() + " · " + cfg.safeUrl());
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
            if (dbm != null) {
                dbm.close();
            }
            dir.close();
        }
    }

    /** Opens the database on a worker thread while a small window shows what is happening. */
    private Database openWithProgress(Display display, Installation inst, DataDirectory dir, DatabaseManager dbm) {
        AtomicReference<Object> result = new AtomicReference<>();
        Shell shell = new Shell(display, SWT.ON_TOP | SWT.BORDER | SWT.TITLE);
        shell.setText(Messages.opening_title);
        shell.setLayout(new GridLayout(1, false));
        Label label = new Label(shell, SWT.NONE);
        label.setText(Messages.opening_database);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ProgressBar bar = new ProgressBar(shell, SWT.INDETERMINATE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shell.setSize(460, 110);
        shell.setLocation(center(display, shell));
        shell.open();
        Thread worker = new Thread(() -> {
            try {
                Database db = dbm.open(inst.database(dir));
                DemoDataService demo = Services.await(DemoDataService.class);
                if (demo.isEmpty()) {
                    display.asyncExec(() -> {
                        if (!label.isDisposed()) {
                            label.setText(NLS.bind(Messages.opening_demo, inst.county().displayName(Locale.getDefault())));
                        }
                    });
                    inst.loadDemoDataIfEmpty(demo);
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
        String text = e instanceof DatabaseException d ? NLS.bind(Messages.error_database, Dialogs.text(d))
                : e instanceof DataDirectoryException d ? NLS.bind(Messages.error_datadir, Dialogs.text(d))
                : NLS.bind(Messages.error_other, e.getMessage());
        fail(Messages.error_title, text);
        return null;
    }

    /**
     * {@code JIANDU_USER} and {@code JIANDU_PASSWORD} log in without the dialog (as on the command line);
     * otherwise the login dialog asks until the user logs in or cancels.
     */
    private Subject login(Display display, Installation inst) {
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
        LoginDialog dialog = new LoginDialog(null, users, inst, envUser);
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
