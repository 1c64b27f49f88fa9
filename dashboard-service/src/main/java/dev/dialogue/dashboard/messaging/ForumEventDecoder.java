package dev.dialogue.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import dev.dialogue.dashboard.domain.Facts;
import dev.dialogue.dashboard.domain.ForumEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one record of a {@code forum.*} topic into what the projection takes: the CloudEvent's id,
 * type and time from its {@code ce_} headers, and from its JSON only the fields the figures need.
 * The rest of the payload is skipped by the parser, not built into objects. A record that says
 * nothing the dashboard counts (a participant's erasure keeps their registration in the figures,
 * as registration-service's stats do) is empty; one that cannot be read throws, with the reason.
 */
public final class ForumEventDecoder {

    /** The contracts' mapper, its instants read by {@link Rfc3339}. */
    private static final ObjectMapper JSON = EventJson.mapper().copy()
            .registerModule(new SimpleModule().addDeserializer(Instant.class, new Rfc3339.InstantDeserializer()));
    private static final Map<String, EventType> TYPES = Arrays.stream(EventType.values())
            .collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));
    private static final Map<Topic, Class<? extends Facts.State>> STATES = Map.of(
            Topic.FORUMS, Facts.ForumState.class,
            Topic.PARTICIPANTS, Facts.RegistrationState.class,
            Topic.MEETINGS, Facts.MeetingState.class,
            Topic.AGREEMENTS, Facts.AgreementState.class);

    /** The topics the dashboard reads: every {@code forum.*} one of the catalogue. */
    public static java.util.List<String> topics() {
        return STATES.keySet().stream().map(Topic::topicName).sorted().toList();
    }

    /** @throws UnreadableRecordException naming what is wrong */
    public Optional<ForumEvent> decode(ConsumerRecord<?, ByteBuffer> record) {
        Headers headers = record.headers();
        String typeName = header(headers, KafkaCloudEvents.TYPE);
        EventType type = TYPES.get(typeName);
        if (type == null) {
            throw new UnreadableRecordException("unknown " + KafkaCloudEvents.TYPE + " '" + typeName + "'");
        }
        if (!type.topic().topicName().equals(record.topic())) {
            throw new UnreadableRecordException(typeName + " does not belong on " + record.topic());
        }
        requireUuid(header(headers, KafkaCloudEvents.ID));
        if (type == EventType.PARTICIPANT_ERASED) {
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new UnreadableRecordException(typeName + " without data");
        }
        Facts.State state;
        try {
            state = read(record.value(), STATES.get(type.topic()));
        } catch (IOException e) {
            throw new UnreadableRecordException("data of " + typeName + " cannot be read: " + e.getClass().getSimpleName());
        }
        if (state.forumId() == null || state.aggregateId() == null) {
            throw new UnreadableRecordException("data of " + typeName + " names no forum or no aggregate");
        }
        return Optional.of(new ForumEvent(time(headers, record.timestamp()), state));
    }

    /** Read where the consumer fetched it, not copied first: its buffers are on the heap. */
    private static Facts.State read(ByteBuffer data, Class<? extends Facts.State> type) throws IOException {
        if (data.hasArray()) {
            return JSON.readValue(data.array(), data.arrayOffset() + data.position(), data.remaining(), type);
        }
        return JSON.readValue(new ByteBufferBackedInputStream(data.duplicate()), type);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            throw new UnreadableRecordException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A CloudEvent's id: the dashboard takes none without one, though versions, not ids, make it idempotent. */
    private static void requireUuid(String value) {
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new UnreadableRecordException(KafkaCloudEvents.ID + " is not a UUID");
        }
    }

    /** The event's own time; the record's timestamp for an event that has none. */
    private static Instant time(Headers headers, long recordTimestamp) {
        Header header = headers.lastHeader(KafkaCloudEvents.TIME);
        if (header == null || header.value() == null) {
            return Instant.ofEpochMilli(recordTimestamp);
        }
        try {
            return Rfc3339.parse(new String(header.value(), StandardCharsets.UTF_8));
        } catch (DateTimeException e) {
            throw new UnreadableRecordException(KafkaCloudEvents.TIME + " is not an RFC 3339 timestamp");
        }
    }

    /** Why a record cannot be counted. */
    public static final class UnreadableRecordException extends RuntimeException {
        public UnreadableRecordException(String reason) {
            super(reason, null, false, false);
        }
    }
}
