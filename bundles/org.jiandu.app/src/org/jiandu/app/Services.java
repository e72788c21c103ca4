package org.jiandu.app;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Start-up lookups of DS services, before the e4 context exists. */
final class Services {
    private Services() {
    }

    static <T> T await(Class<T> type) {
        BundleContext bc = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> t = new ServiceTracker<>(bc, type, null);
        t.open();
        try {
            T s = t.waitForService(TimeUnit.SECONDS.toMillis(20));
            if (s == null) {
                throw new IllegalStateException("the " + type.getSimpleName() + " service did not start");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
        } finally {
            t.close();
        }
    }
}
