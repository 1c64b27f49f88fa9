package dev.dialogue.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Samples;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The inbox as consumers use it ({@link ParticipantEventsRecorder}), record by record and a poll at
 * a time: an event has one effect however often it comes, a failed attempt leaves no trace, and what
 * cannot be processed goes to the dead-letter topic without holding up what comes after it. Each test's records share one key, so
 * one partition: when the last is handled, those before it have been.
 */
@QuarkusTest
class InboundEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "forum.participants.v1";
    private static final String CONSUMER = "matchmaking-service/participants";
    private static final String DETAILS_TOPIC = "personal.participants.v1";
    private static final String DETAILS_CONSUMER = "matchmaking-service/details";

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    ParticipantEventsRecorder recorder;

    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredEventHasOneEffect() {
        ParticipantRegistration registration = Samples.registration("深圳市机器人协会", "CN");
        CloudEvent event = Samples.event(registration);
        CloudEvent next = Samples.event(Samples.withStatus(registration, RegistrationStatus.APPROVED));
        KafkaProbe kafka = kafka();

        kafka.send(TOPIC, event);
        kafka.send(TOPIC, event);
        kafka.send(TOPIC, next);

        await().atMost(PATIENCE).until(() -> recorder.timesHandled(next.id()) == 1);
        assertThat(recorder.timesHandled(event.id())).isEqualTo(1);
        assertThat(inboxRows(CONSUMER, event)).isEqualTo(1);
    }

    /** The first attempt records the event in the inbox, then fails: the row goes with its rollback, and the retry handles the event. */
    @Test
    void aFailedAttemptLeavesNoTraceAndTheRetryHandlesTheEvent() {
        CloudEvent event = Samples.event(Samples.registration("广东省跨境电商协会", "CN"));
        recorder.failOnce(event.id());

        kafka().send(TOPIC, event);

        await().atMost(PATIENCE).until(() -> recorder.timesHandled(event.id()) == 1);
        assertThat(inboxRows(CONSUMER, event)).isEqualTo(1);
    }

    @Test
    void aRecordThatBreaksItsSchemaIsDeadLetteredAndTheNextIsHandled() {
        ParticipantRegistration registration = Samples.registration("深圳湾科技发展有限公司", "CN");
        CloudEvent valid = Samples.event(registration);
        CloudEvent broken = new CloudEvent(UUID.randomUUID(), valid.source(), valid.type(), valid.subject(), valid.time(),
                valid.dataSchema(), valid.dataContentType(), "{\"participantId\": \"not a uuid\"}".getBytes(StandardCharsets.UTF_8));
        CloudEvent next = Samples.event(Samples.withStatus(registration, RegistrationStatus.APPROVED));
        KafkaProbe kafka = kafka();

        kafka.send(TOPIC, broken);
        kafka.send(TOPIC, next);

        await().atMost(PATIENCE).until(() -> recorder.timesHandled(next.id()) == 1);
        assertThat(recorder.timesHandled(broken.id())).isZero();
        assertThat(inboxRows(CONSUMER, broken)).isZero();
        ConsumerRecord<String, byte[]> deadLetter = kafka.await(TOPIC + ".dlq", record -> broken.id().equals(
                KafkaCloudEvents.fromRecord(record.headers(), record.value()).id()), PATIENCE);
        assertThat(header(deadLetter, "dead-letter-reason")).startsWith("payload violates");
        assertThat(header(deadLetter, InboundEvents.DEAD_LETTER_CONSUMER)).isEqualTo(CONSUMER);
        assertThat(deadLetter.key()).isEqualTo(registration.participantId().toString());
    }

    /**
     * Sent together, so that they are likely one poll: a record in it twice has one effect, and the
     * handler's failure rolls the poll back whole, after which each record is handled once on its own.
     * However the broker splits them into polls, each event has one effect and one inbox row.
     */
    @Test
    void aPollIsHandledInOneTransactionOrElseRecordByRecordEachOnce() {
        ParticipantRegistration registration = Samples.registration("深圳市跨境合作促进会", "CN");
        CloudEvent first = Samples.event(Samples.details(registration, "Li Wei"));
        CloudEvent failing = Samples.event(Samples.details(registration, "Li Weichen"));
        CloudEvent last = Samples.event(Samples.details(registration, "Li Wei-chen"));
        recorder.failOnce(failing.id());

        kafka().send(Stream.of(first, first, failing, last).map(event -> KafkaCloudEvents.toRecord(DETAILS_TOPIC, event)).toList());

        await().atMost(PATIENCE).until(() -> recorder.timesHandled(last.id()) == 1);
        assertThat(List.of(first, failing, last)).allSatisfy(event -> {
            assertThat(recorder.timesHandled(event.id())).as("effects of %s", event.id()).isEqualTo(1);
            assertThat(inboxRows(DETAILS_CONSUMER, event)).as("inbox rows of %s", event.id()).isEqualTo(1);
        });
    }

    private KafkaProbe kafka() {
        return new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
    }

    private long inboxRows(String consumer, CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select count(*) from inbox_event where consumer = ?1 and source = ?2 and event_id = ?3")
                .setParameter(1, consumer).setParameter(2, event.source().toString()).setParameter(3, event.id())
                .getSingleResult());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
