package dev.dialogue.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** In the test application time stands still, so that what platform stamps with it is known in advance. */
@Singleton
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-09-15T08:00:00Z");

    @Produces
    @Singleton
    Clock fixed() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
