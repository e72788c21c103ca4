package org.jiandu.app;

import org.jiandu.core.ServiceLookup;

/** Start-up lookups of DS services, before the e4 context exists. */
final class Services {
    private Services() {
    }

    static <T> T await(Class<T> type) {
        T s = ServiceLookup.await(Services.class, type, 20_000);
        if (s == null) {
            throw new IllegalStateException("the " + type.getSimpleName() + " service did not start");
        }
        return s;
    }
}
