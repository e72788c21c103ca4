package org.jiandu.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for a DS service outside DS and e4 injection (application start-up, the command line, tests): SCR
 * activates components asynchronously, so a plain registry look-up right after start-up can miss them.
 */
public final class ServiceLookup {

    private ServiceLookup() {
    }

    /** The service, or null when none is registered within {@code millis}. */
    public static <T> T await(Class<?> caller, Class<T> type, long millis) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        BundleContext bc = bundle == null ? null : bundle.getBundleContext();
        if (bc == null) {
            throw new IllegalStateException(caller.getName() + " does not run in an active OSGi bundle");
        }
        ServiceTracker<T, T> t = new ServiceTracker<>(bc, type, null);
        t.open();
        try {
            return t.waitForService(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            t.close();
        }
    }
}
