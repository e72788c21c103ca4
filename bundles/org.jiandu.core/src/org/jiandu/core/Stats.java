package org.jiandu.core;

import java.util.Arrays;

/** The figures the modules' benchmarks report. */
public final class Stats {

    private Stats() {
    }

    /** The median of the values (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
