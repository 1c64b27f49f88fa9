package dev.dialogue.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents Kafka protocol binding, binary content mode: attributes become {@code ce_}
 * headers and {@code datacontenttype} becomes the {@code content-type} header.
 */
public final class KafkaCloudEvents {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    /** The distributed-tracing extension: the W3C trace context of whatever published the event. */
    public static final String TRACEPARENT = "ce_traceparent";

    private KafkaCloudEvents() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, CloudEvent event) {
        return new ProducerRecord<>(topic, null, event.subject(), event.data(), headers(event));
    }

    public static Headers headers(CloudEvent event) {
        RecordHeaders headers = new RecordHeaders();
        put(headers, SPEC_VERSION, CloudEvent.SPEC_VERSION);
        put(headers, ID, event.id().toString());
        put(headers, SOURCE, event.source().toString());
        put(headers, TYPE, event.type());
        if (event.subject() != null) {
            put(headers, SUBJECT, event.subject());
        }
        if (event.time() != null) {
            put(headers, TIME, event.time().toString());
        }
        if (event.dataSchema() != null) {
            put(headers, DATA_SCHEMA, event.dataSchema().toString());
        }
        if (event.dataContentType() != null) {
            put(headers, CONTENT_TYPE, event.dataContentType());
        }
        return headers;
    }

    /**
     * Reads a CloudEvent from a record's headers and value; a record without a value is an event
     * without data (whether its type may have none is the consumer's to check).
     *
     * @throws InvalidCloudEventException naming the attribute that is missing or malformed
     */
    public static CloudEvent fromRecord(Headers headers, byte[] value) {
        String specVersion = required(headers, SPEC_VERSION);
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidCloudEventException("unsupported " + SPEC_VERSION + " '" + specVersion + "'");
        }
        String contentType = optional(headers, CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(CloudEvent.JSON)) {
            throw new InvalidCloudEventException("unsupported " + CONTENT_TYPE + " '" + contentType + "'");
        }
        return new CloudEvent(
                uuid(required(headers, ID)),
                uri(SOURCE, required(headers, SOURCE)),
                required(headers, TYPE),
                optional(headers, SUBJECT),
                time(optional(headers, TIME)),
                uriOrNull(DATA_SCHEMA, optional(headers, DATA_SCHEMA)),
                contentType,
                value);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException("missing header " + name);
        }
        return value;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCloudEventException(ID + " is not a UUID: '" + value + "'");
        }
    }

    private static URI uri(String name, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidCloudEventException(name + " is not a URI: '" + value + "'");
        }
    }

    private static URI uriOrNull(String name, String value) {
        return value == null ? null : uri(name, value);
    }

    private static OffsetDateTime time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidCloudEventException(TIME + " is not an RFC 3339 timestamp: '" + value + "'");
        }
    }
}
