package dev.dialogue.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "dialogue.messaging")
public interface MessagingConfig {

    /** Names the service in CloudEvents ({@code source = /<name>}) and in dead letters. */
    String serviceName();

    Outbox outbox();

    Inbound inbound();

    interface Outbox {
        /**
         * Whether this instance runs the relay's thread. Off where something else publishes the rows
         * (Debezium's outbox router reading the table's changes), or where a test calls
         * {@link OutboxRelay#relayBatch()} itself and must be the only one sending.
         */
        @WithDefault("true")
        boolean relayEnabled();

        /** Rows sent per relay round trip. */
        @WithDefault("500")
        int batchSize();

        /** How often the relay looks for rows committed by other instances or left by a failure. */
        @WithDefault("1s")
        Duration pollInterval();

        /** The longest wait between retries while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /** How long sent rows are kept before they are purged. */
        @WithDefault("1h")
        Duration retention();

        /**
         * The largest event payload, in bytes, that the outbox takes. It stays below the producer's
         * {@code max.request.size} (1 MiB unless configured), which also holds the record's key, its
         * CloudEvents headers and the batch's framing; a change whose event would be larger is
         * refused ({@link EventTooLargeException}) rather than written and never sent.
         */
        @WithDefault("1000000")
        int maxEventBytes();
    }

    interface Inbound {
        /** Attempts at a handler before its record goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();

        /** How often a record is tried again while the database is unavailable (it is never dead-lettered for that). */
        @WithDefault("1s")
        Duration outageRetryInterval();
    }
}
