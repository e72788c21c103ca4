package org.jiandu.search.internal;

import java.util.function.Supplier;

/** A value computed on first use, at most once (within one search). */
final class Once<T> {

    private final Supplier<T> compute;
    private T value;

    Once(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
