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
        return versions.stream().anyMatch(version -> counts(version, at) && test.test(version.state()));
    }

    /** The time of the first version up to the instant that passes the test. */
    Instant firstTime(Instant at, Predicate<T> test) {
        return versions.stream().filter(version -> counts(version, at) && test.test(version.state()))
                .map(Stamped::time).min(Instant::compareTo).orElse(null);
    }

    /** When the aggregate was first seen. */
    Instant firstTime() {
        return versions.stream().map(Stamped::time).min(Instant::compareTo).orElse(null);
    }

    Instant lastTime(Instant at) {
        return versions.stream().filter(version -> counts(version, at)).map(Stamped::time).max(Instant::compareTo).orElse(null);
    }

    long countUntil(Instant at) {
        return versions.stream().filter(version -> counts(version, at)).count();
    }

    private static boolean counts(Stamped<?> version, Instant at) {
        return at == null || !version.time().isAfter(at);
    }
}
