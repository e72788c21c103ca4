package org.jiandu.persistence.tests;

import org.jiandu.core.ServiceLookup;

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
        return ServiceLookup.await(Services.class, type, millis);
    }
}
