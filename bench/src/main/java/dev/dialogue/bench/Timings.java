package dev.dialogue.bench;

import java.util.Arrays;

/** Percentiles of measured durations, reported in milliseconds, and the pacing of an open loop. */
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

    /** Sleeps until {@link System#nanoTime()} reaches {@code due}: a send at a fixed rate whatever the answers. */
    static void sleepUntil(long due) throws InterruptedException {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    static double ratio(long numerator, long denominator) {
        return Math.round((double) numerator / denominator * 1_000) / 1_000.0;
    }
}
