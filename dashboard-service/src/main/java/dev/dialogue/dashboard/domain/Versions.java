package dev.dialogue.dashboard.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The versions of one aggregate seen so far, ordered by version whatever order they came in, each
 * with the time of its event. A version seen twice (the same state republished) is kept once.
 */
final class Versions<T extends Facts.State> {

    private record Stamped<T>(long version, Instant time, T state) {
    }

    private final List<Stamped<T>> versions = new ArrayList<>(2);

    /** Keeps the version unless it is kept already; says whether it was kept. */
    boolean add(Instant time, T state) {
        int at = versions.size();
        while (at > 0 && versions.get(at - 1).version() > state.version()) {
            at--;
        }
        if (at > 0 && versions.get(at - 1).version() == state.version()) {
            return false;
        }
        versions.add(at, new Stamped<>(state.version(), time, state));
        return true;
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The highest version whose event is not later than the instant (any time for null), or null. */
    T latest(Instant at) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (counts(versions.get(i), at)) {
                return versions.get(i).state();
            }
        }
        return null;
    }

    boolean any(Instant at, Predicate<T> test) {
        for (Stamped<T> version : versions) {
            if (counts(version, at) && test.test(version.state())) {
                return true;
            }
        }
        return false;
    }

    /** The time of the first version up to the instant that passes the test. */
    Instant firstTime(Instant at, Predicate<T> test) {
        Instant first = null;
        for (Stamped<T> version : versions) {
            if (counts(version, at) && test.test(version.state()) && (first == null || version.time().isBefore(first))) {
                first = version.time();
            }
        }
        return first;
    }

    /** When the aggregate was first seen. */
    Instant firstTime() {
        return firstTime(null, state -> true);
    }

    Instant lastTime(Instant at) {
        Instant last = null;
        for (Stamped<T> version : versions) {
            if (counts(version, at) && (last == null || version.time().isAfter(last))) {
                last = version.time();
            }
        }
        return last;
    }

    long countUntil(Instant at) {
        long count = 0;
        for (Stamped<T> version : versions) {
            if (counts(version, at)) {
                count++;
            }
        }
        return count;
    }

    private static boolean counts(Stamped<?> version, Instant at) {
        return at == null || !version.time().isAfter(at);
    }
}
