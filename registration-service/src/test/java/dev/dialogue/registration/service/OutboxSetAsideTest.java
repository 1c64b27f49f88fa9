package dev.dialogue.registration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Samples;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.platform.messaging.EventTooLargeException;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.CapturedLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What the broker can never take neither enters the outbox nor, if it is there, holds up the rows after it. */
@QuarkusTest
class OutboxSetAsideTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /**
     * A row of 2 MB, twice the producer's max.request.size, written before the outbox had a limit
     * (here by SQL): the producer refuses it every time. It is set aside, and the event committed
     * after it, of the same aggregate, is sent.
     */
    @Test
    void aRowTheBrokerCanNeverTakeIsSetAsideAndTheRowsAfterItAreSent() {
        UUID aggregate = UUID.randomUUID();
        UUID huge = UUID.randomUUID();
        String filler = "set-aside-filler-".repeat(120_000);
        try (CapturedLog log = CapturedLog.start()) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    insert into outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at)
                    values (?1, 'forum.participants.v1', ?2, 'dev.dialogue.participant.registered.v1',
                            cast(?3 as jsonb), now())""")
                    .setParameter(1, huge).setParameter(2, aggregate.toString())
                    .setParameter(3, "{\"filler\": \"" + filler + "\"}").executeUpdate());
            UUID after = QuarkusTransaction.requiringNew().call(() -> outbox.publish(EventType.PARTICIPANT_REGISTERED,
                    aggregate.toString(), registration(aggregate)));

            ConsumerRecord<String, byte[]> sent = new KafkaProbe(KafkaAccess.decode(kafkaAdmin))
                    .await("forum.participants.v1", record -> aggregate.toString().equals(record.key()), PATIENCE);
            assertThat(KafkaCloudEvents.fromRecord(sent.headers(), sent.value()).id()).isEqualTo(after);
            await().atMost(PATIENCE).until(() -> row(huge)[1] != null);
            Object[] setAside = row(huge);
            assertThat(setAside[0]).as("sent_at").isNull();
            assertThat((String) setAside[2]).isEqualTo("org.apache.kafka.common.errors.RecordTooLargeException");
            await().atMost(PATIENCE).until(() -> row(after)[0] != null);
            assertThat(log.linesOf("dev.dialogue.platform.messaging.OutboxRelay")).anySatisfy(line -> assertThat(line)
                    .contains("sets event " + huge + " aside").contains("RecordTooLargeException"));
            assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("set-aside-filler-"));
        }
    }

    /** An event over the outbox's limit is refused with the change it announces: nothing is written. */
    @Test
    void anEventOverTheLimitIsRefusedAndNothingIsWritten() {
        UUID aggregate = UUID.randomUUID();
        ParticipantDetails oversize = new ParticipantDetails(aggregate, "shenzhen-2025", "Delegate " + "名".repeat(400_000),
                null, null);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventType.PARTICIPANT_DETAILS_RECORDED,
                aggregate.toString(), oversize)))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("over the limit of 1000000 bytes");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregateid = ?1")
                .setParameter(1, aggregate.toString()).getSingleResult()).longValue())).isZero();
    }

    /** sent_at, failed_at and failure of an outbox row. */
    private Object[] row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select sent_at, failed_at, failure from outbox_event where id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private static ParticipantRegistration registration(UUID id) {
        ParticipantRegistration sample = Samples.registration("上海市青年创业就业基金会", "CN");
        return new ParticipantRegistration(id, sample.forumId(), sample.status(), sample.organisation(), sample.category(),
                sample.languages(), sample.sectors(), sample.offers(), sample.seeks(), sample.sessions(), sample.consent(),
                sample.registeredAt(), 1);
    }
}
