package dev.dialogue.dashboard.messaging;

import dev.dialogue.dashboard.domain.Facts;
import dev.dialogue.dashboard.domain.ForumEvent;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumEventDecoderTest {

    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 123_456_000, ZoneOffset.UTC);

    private final ForumEventDecoder decoder = new ForumEventDecoder();
    private final UUID participant = UUID.randomUUID();

    @Test
    void readsTheFieldsTheFiguresNeedFromTheMiddleOfTheFetchedBuffer() {
        ForumEvent event = decoder.decode(fetched(record(EventType.PARTICIPANT_REGISTERED, registration()))).orElseThrow();

        assertThat(event.time()).isEqualTo(TIME.toInstant());
        Facts.RegistrationState state = (Facts.RegistrationState) event.state();
        assertThat(state.participantId()).isEqualTo(participant);
        assertThat(state.forumId()).isEqualTo("shenzhen-2026");
        assertThat(state.status()).isEqualTo("SUBMITTED");
        assertThat(state.country()).isEqualTo("CN");
        assertThat(state.sectors()).containsExactly("ROBOTICS", "MICROELECTRONICS");
        assertThat(state.version()).isEqualTo(1);
    }

    @Test
    void statesOfManyAggregatesShareTheirCodesAndSectorLists() {
        ForumEvent first = decoder.decode(fetched(record(EventType.PARTICIPANT_REGISTERED, registration()))).orElseThrow();
        ForumEvent second = decoder.decode(fetched(record(EventType.PARTICIPANT_REGISTERED, registration()))).orElseThrow();

        Facts.RegistrationState one = (Facts.RegistrationState) first.state();
        Facts.RegistrationState other = (Facts.RegistrationState) second.state();
        assertThat(other.sectors()).isSameAs(one.sectors());
        assertThat(other.organisation()).isSameAs(one.organisation());
        assertThat(other.status()).isSameAs(one.status());
    }

    @Test
    void anErasureSaysNothingTheFiguresCount() {
        ProducerRecord<String, byte[]> erased = KafkaCloudEvents.toRecord(EventType.PARTICIPANT_ERASED.topic().topicName(),
                CloudEvent.of(EventType.PARTICIPANT_ERASED, EventType.PARTICIPANT_ERASED.topic().publisher().source(),
                        participant.toString(), TIME, null));

        assertThat(decoder.decode(consumed(erased, null))).isEqualTo(Optional.empty());
    }

    @Test
    void aRecordItCannotReadIsRefusedWithTheReason() {
        ProducerRecord<String, byte[]> good = record(EventType.PARTICIPANT_REGISTERED, registration());

        assertUnreadable(withHeader(good, KafkaCloudEvents.TYPE, "dev.dialogue.participant.teleported.v1"), "unknown ce_type");
        assertUnreadable(withHeader(good, KafkaCloudEvents.ID, "not-a-uuid"), "ce_id is not a UUID");
        assertUnreadable(withHeader(good, KafkaCloudEvents.TIME, "yesterday"), "ce_time is not an RFC 3339 timestamp");
        assertUnreadable(consumed(good, "{\"participantId\": ".getBytes(StandardCharsets.UTF_8)), "cannot be read");
        assertUnreadable(consumed(good, "{\"status\": \"SUBMITTED\"}".getBytes(StandardCharsets.UTF_8)), "names no forum or no aggregate");
        assertUnreadable(consumed(good, null), "without data");
        ProducerRecord<String, byte[]> elsewhere = new ProducerRecord<>(EventType.MEETING_REQUESTED.topic().topicName(), null,
                good.key(), good.value(), good.headers());
        assertUnreadable(consumed(elsewhere, good.value()), "does not belong on");
    }

    private void assertUnreadable(ConsumerRecord<ByteBuffer, ByteBuffer> record, String reason) {
        assertThatThrownBy(() -> decoder.decode(record))
                .isInstanceOf(ForumEventDecoder.UnreadableRecordException.class)
                .hasMessageContaining(reason);
    }

    private ParticipantRegistration registration() {
        return new ParticipantRegistration(participant, "shenzhen-2026", RegistrationStatus.SUBMITTED, new Organisation(UUID.randomUUID(),
                LocalizedText.of(null, "深圳机器人公司", "Shenzhen Robotics"), OrganisationKind.COMPANY, "CN", null),
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("zh"), List.of(Sector.ROBOTICS, Sector.MICROELECTRONICS), List.of(),
                List.of(), List.of(), null, TIME, 1);
    }

    private static ProducerRecord<String, byte[]> record(EventType type, Object payload) {
        return KafkaCloudEvents.toRecord(type.topic().topicName(),
                CloudEvent.of(type, type.topic().publisher().source(), UUID.randomUUID().toString(), TIME, EventJson.toBytes(payload)));
    }

    /** The value as the consumer hands it over: a slice of the fetched batch, not an array of its own. */
    private static ConsumerRecord<ByteBuffer, ByteBuffer> fetched(ProducerRecord<String, byte[]> record) {
        byte[] batch = new byte[record.value().length + 64];
        System.arraycopy(record.value(), 0, batch, 32, record.value().length);
        ByteBuffer value = ByteBuffer.wrap(batch, 32, record.value().length).slice();
        return new ConsumerRecord<>(record.topic(), 0, 0, 0L, TimestampType.CREATE_TIME, 0, value.remaining(), null, value,
                record.headers(), Optional.empty());
    }

    private static ConsumerRecord<ByteBuffer, ByteBuffer> consumed(ProducerRecord<String, byte[]> record, byte[] value) {
        return new ConsumerRecord<>(record.topic(), 0, 0, 0L, TimestampType.CREATE_TIME, 0, value == null ? 0 : value.length, null,
                value == null ? null : ByteBuffer.wrap(value), new RecordHeaders(record.headers().toArray()), Optional.empty());
    }

    private static ConsumerRecord<ByteBuffer, ByteBuffer> withHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        ConsumerRecord<ByteBuffer, ByteBuffer> consumed = consumed(record, record.value());
        consumed.headers().remove(name).add(name, value.getBytes(StandardCharsets.UTF_8));
        return consumed;
    }
}
