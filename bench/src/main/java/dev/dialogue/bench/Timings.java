package dev.dialogue.bench;

import java.util.Arrays;

/** Percentiles of measured durations, reported in milliseconds. */
final class Timings {

    private Timings() {
    }

    static long percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /** Milliseconds to the microsecond. */
    static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    static double ratio(long numerator, long denominator) {
        return Math.round((double) numerator / denominator * 1_000) / 1_000.0;
    }
}
