package dev.dialogue.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How an erasure is carried through the broker's compaction of {@code personal.participants.v1}. */
@ConfigMapping(prefix = "dialogue.registration.erasure")
public interface ErasureConfig {

    /**
     * When the tombstone is written again: the topic's {@code max.compaction.lag.ms}. The segment
     * holding the first one then rolls, and the cleaner removes the person's details.
     */
    @WithDefault("PT1H")
    Duration repeatAfter();

    /** How often erasures due a second tombstone are looked for. */
    @WithDefault("PT1M")
    Duration checkInterval();
}
