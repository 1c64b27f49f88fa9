package dev.dialogue.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An event leaves when, and only when, the transaction that published it commits. */
@QuarkusTest
class OutboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = EventType.MEETING_REQUESTED.topic().topicName();

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedEventIsSentOnceAsACloudEventKeyedByItsAggregate() {
        UUID meetingId = UUID.randomUUID();
        Meeting meeting = Meetings.requested(meetingId, 0);
        UUID eventId = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish(EventType.MEETING_REQUESTED, meetingId.toString(), meeting));

        await().atMost(PATIENCE).until(() -> relay.relayBatch() == 0);

        List<ConsumerRecord<String, byte[]>> sent = recordsOf(meetingId);
        assertThat(sent).hasSize(1);
        CloudEvent event = KafkaCloudEvents.fromRecord(sent.get(0).headers(), sent.get(0).value());
        assertThat(event.id()).isEqualTo(eventId);
        assertThat(event.source()).isEqualTo(URI.create("/matchmaking-service"));
        assertThat(event.type()).isEqualTo(EventType.MEETING_REQUESTED.typeName());
        assertThat(event.subject()).isEqualTo(meetingId.toString());
        assertThat(event.dataSchema()).isEqualTo(EventType.MEETING_REQUESTED.dataSchema());
        assertThat(event.time().toInstant()).as("stamped by the platform's clock").isEqualTo(TestClock.NOW);
        Meeting payload = EventJson.fromBytes(event.data(), Meeting.class);
        assertThat(payload.meetingId()).isEqualTo(meetingId);
        assertThat(payload.requesterId()).isEqualTo(meeting.requesterId());
        assertThat(payload.inviteeId()).isEqualTo(meeting.inviteeId());
        assertThat(sentAt(eventId)).as("the row is marked sent").isNotNull();
    }

    /** The later event of the same aggregate goes out; the rolled-back one neither stays nor is sent. */
    @Test
    void anEventOfARolledBackTransactionIsNeverSent() {
        UUID meetingId = UUID.randomUUID();
        QuarkusTransaction.begin();
        UUID rolledBack = outbox.publish(EventType.MEETING_REQUESTED, meetingId.toString(), Meetings.requested(meetingId, 0));
        QuarkusTransaction.rollback();
        UUID committed = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish(EventType.MEETING_REQUESTED, meetingId.toString(), Meetings.requested(meetingId, 1)));

        await().atMost(PATIENCE).until(() -> relay.relayBatch() == 0);

        assertThat(recordsOf(meetingId)).extracting(r -> KafkaCloudEvents.fromRecord(r.headers(), r.value()).id())
                .containsExactly(committed);
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from outbox_event where id = ?1").setParameter(1, rolledBack)
                .getSingleResult())).isEqualTo(0L);
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(UUID meetingId) {
        return new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).readAll(TOPIC).stream()
                .filter(record -> meetingId.toString().equals(record.key())).toList();
    }

    private Object sentAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select sent_at from outbox_event where id = ?1").setParameter(1, eventId)
                .getSingleResult());
    }
}
