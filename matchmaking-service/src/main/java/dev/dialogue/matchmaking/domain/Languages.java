package dev.dialogue.matchmaking.domain;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bit for each language the process has met, so that "a language in common" is one AND of two
 * numbers. The first 63 codes get a bit of their own; any later one shares {@link #OTHER}, and
 * a pair that has only that bit in common is compared code by code.
 */
final class Languages {

    static final long OTHER = 1L << 63;

    private static final Map<String, Long> BITS = new ConcurrentHashMap<>();

    private Languages() {
    }

    static long bits(Collection<String> codes) {
        long bits = 0;
        for (String code : codes) {
            bits |= bit(code);
        }
        return bits;
    }

    private static long bit(String code) {
        Long known = BITS.get(code);
        if (known != null) {
            return known;
        }
        synchronized (BITS) {
            Long meanwhile = BITS.get(code);
            if (meanwhile != null) {
                return meanwhile;
            }
            if (BITS.size() == 63) {
                return OTHER;
            }
            long bit = 1L << BITS.size();
            BITS.put(code, bit);
            return bit;
        }
    }
}
