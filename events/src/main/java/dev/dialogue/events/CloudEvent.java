package dev.dialogue.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvent 1.0 as it travels on Kafka in binary mode: the attributes in {@code ce_*} headers,
 * the JSON payload as the record value, the aggregate id ({@link #subject}) as the record key. An
 * event without data is a record without a value: on a compacted topic, the key's tombstone.
 */
public record CloudEvent(
        UUID id,
        URI source,
        String type,
        String subject,
        OffsetDateTime time,
        URI dataSchema,
        String dataContentType,
        byte[] data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }

    /** A new event of a catalogued type, with a fresh id and the type's schema; json is null for a type without data. */
    public static CloudEvent of(EventType type, URI source, String subject, OffsetDateTime time, byte[] json) {
        return new CloudEvent(UUID.randomUUID(), source, type.typeName(), subject, time, type.dataSchema(),
                json == null ? null : JSON, json);
    }
}
