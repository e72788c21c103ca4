package org.jiandu.persistence.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up DS services in the running framework, waiting briefly for SCR to activate them. */
final class Services {
    private Services() {
    }

    static <T> T get(Class<T> type) {
        T s = tryGet(type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getName() + " service registered");
        }
        return s;
    }

    static <T> T tryGet(Class<T> type, long millis) {
        BundleContext ctx = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> t = new ServiceTracker<>(ctx, type, null);
        t.open();
        try {
            return t.waitForService(TimeUnit.MILLISECONDS.toMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            t.close();
        }
    }
}
