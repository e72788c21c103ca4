package org.jiandu.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.jiandu.ui.Dialogs;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the workbench: locks the data directory, begins to open the database, and hands over to the e4 workbench,
 * whose model is loaded meanwhile; the {@link Admission} then lets the user in (setup, login) before the window is
 * built. Every failure a user can cause ends in a dialog that says what went wrong and where, never in a stack trace.
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
        DataDirectory dir;
        try {
            dir = inst.lock();
        } catch (DataDirectoryException e) {
            fail(Messages.error_title, NLS.bind(Messages.error_datadir, StartupErrors.text(e)));
            return Integer.valueOf(DATA_DIR);
        }
        WorkbenchLog.install(inst.dataDir());
        DatabaseManager dbm = null;
        Admission admission = null;
        // modules keep their files in the data directory (search index, attachments)
        ServiceRegistration<DataDirectory> dirRegistration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(DataDirectory.class, dir, FrameworkUtil.asDictionary(Map.of(DataDirectory.RESIDENT, "true")));
        try {
            dbm = Services.await(DatabaseManager.class);
            admission = new Admission(inst, dir, dbm, hasFlag(args, "--demo"));
            // GTK starts while the database opens
            Display display = Display.getDefault();
            context.applicationRunning();
            admission.show(display);
            Location instance = Platform.getInstanceLocation();
            if (instance != null && !instance.isSet()) {
                instance.set(inst.dataDir().toUri().toURL(), false);
            }
            return new E4Application().start(new StartContext(context, admission));
        } catch (RuntimeException e) {
            // the admission ran inside e4, which hands its StartAborted (and any failure) on wrapped: what went wrong is
            // the innermost cause
            Throwable root = e;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StartAborted aborted) {
                    return Integer.valueOf(aborted.exitCode);
                }
                root = t;
            }
            String what = root.getMessage() != null ? root.getMessage() : root.toString();
            fail(Messages.error_title, NLS.bind(Messages.error_other, what));
            return Integer.valueOf(ERROR);
        } finally {
            if (admission != null) {
                admission.close();
            }
            dirRegistration.unregister();
            WorkbenchLog.close();
            if (dbm != null) {
                dbm.close();
            }
            dir.close();
        }
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

    static void fail(String title, String message) {
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
