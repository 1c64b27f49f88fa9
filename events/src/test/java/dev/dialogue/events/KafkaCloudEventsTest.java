package dev.dialogue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class KafkaCloudEventsTest {

    private final CloudEvent event = CloudEvent.of(EventType.PARTICIPANT_REGISTERED, URI.create("/registration-service"),
            "0f6c8e9a-1b2c-4d3e-8f70-9a1b2c3d4e5f", OffsetDateTime.parse("2025-11-20T09:15:00+08:00"),
            "{\"organisation\":\"深圳市人民政府\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aRecordCarriesTheAttributesAsHeadersAndTheSubjectAsKey() {
        ProducerRecord<String, byte[]> record = KafkaCloudEvents.toRecord("forum.participants.v1", event);

        assertThat(record.key()).isEqualTo(event.subject());
        assertThat(header(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record.headers(), "ce_type")).isEqualTo("dev.dialogue.participant.registered.v1");
        assertThat(header(record.headers(), "ce_dataschema"))
                .isEqualTo("https://dialogue.dev/schemas/participant-registration.v1.json");
        assertThat(header(record.headers(), "content-type")).isEqualTo("application/json");
    }

    @Test
    void readsBackWhatItWrote() {
        CloudEvent read = KafkaCloudEvents.fromRecord(KafkaCloudEvents.headers(event), event.data());

        assertThat(read).usingRecursiveComparison().isEqualTo(event);
        assertThat(new String(read.data(), StandardCharsets.UTF_8)).contains("深圳市人民政府");
    }

    @Test
    void anEventWithoutDataIsARecordWithoutAValue() {
        CloudEvent tombstone = CloudEvent.of(EventType.PARTICIPANT_DETAILS_ERASED, URI.create("/registration-service"),
                event.subject(), event.time(), null);
        ProducerRecord<String, byte[]> record = KafkaCloudEvents.toRecord("personal.participants.v1", tombstone);

        assertThat(record.key()).isEqualTo(event.subject());
        assertThat(record.value()).isNull();
        assertThat(record.headers().lastHeader("content-type")).isNull();
        assertThat(record.headers().lastHeader("ce_dataschema")).isNull();
        assertThat(KafkaCloudEvents.fromRecord(record.headers(), null)).usingRecursiveComparison().isEqualTo(tombstone);
    }

    @Test
    void namesTheMissingAttribute() {
        Headers headers = KafkaCloudEvents.headers(event);
        headers.remove("ce_id");

        assertThatThrownBy(() -> KafkaCloudEvents.fromRecord(headers, event.data()))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessage("missing header ce_id");
    }

    @Test
    void rejectsAMalformedIdAndTime() {
        Headers badId = KafkaCloudEvents.headers(event);
        badId.remove("ce_id");
        badId.add("ce_id", "42".getBytes(StandardCharsets.UTF_8));
        Headers badTime = KafkaCloudEvents.headers(event);
        badTime.remove("ce_time");
        badTime.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> KafkaCloudEvents.fromRecord(badId, event.data())).hasMessageContaining("ce_id");
        assertThatThrownBy(() -> KafkaCloudEvents.fromRecord(badTime, event.data())).hasMessageContaining("ce_time");
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
