package org.jiandu.cli;

import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Equinox entry point of the command line ({@code -application org.jiandu.cli.app}). */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        int code = new Cli(type -> lookup(bc, type), System.out, System.err, System.in)
                .run(args == null ? new String[0] : args);
        System.out.flush();
        return Integer.valueOf(code);
    }

    /** DS activates services asynchronously at start-up; wait a little for them. */
    private static Object lookup(BundleContext bc, Class<?> type) {
        ServiceTracker<?, ?> t = new ServiceTracker<>(bc, type.getName(), null);
        t.open();
        try {
            return t.waitForService(TimeUnit.SECONDS.toMillis(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            t.close();
        }
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
