package dev.dialogue.matchmaking.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static dev.dialogue.events.Samples.details;
import static dev.dialogue.events.Samples.detailsErased;
import static dev.dialogue.events.Samples.erased;
import static dev.dialogue.events.Samples.event;
import static dev.dialogue.events.Samples.registration;
import static dev.dialogue.events.Samples.withStatus;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.matchmaking.domain.Profile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantEventsHandlerTest {

    private static final String TOPIC = "forum.participants.v1";
    private static final String DETAILS = "personal.participants.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    private KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
    }

    @Test
    void anApprovedRegistrationBecomesAProfileAndACancellationRemovesIt() {
        ParticipantRegistration submitted = registration("Shandong Lunai IT Group", "CN");
        kafka.send(TOPIC, event(submitted));
        kafka.send(DETAILS, event(details(submitted, "山东鲁耐信息技术集团 representative")));
        ParticipantRegistration lunai = withStatus(submitted, RegistrationStatus.APPROVED);
        kafka.send(TOPIC, event(lunai));

        Profile profile = await().atMost(PATIENCE).until(() -> findProfile(lunai.participantId()),
                found -> found.filter(p -> p.fullName != null).isPresent()).orElseThrow();
        assertThat(profile.fullName).isEqualTo("山东鲁耐信息技术集团 representative");
        assertThat(profile.country).isEqualTo("CN");
        assertThat(profile.sectors).containsExactlyElementsOf(lunai.sectors());
        assertThat(profile.revision).isEqualTo(1);

        kafka.send(TOPIC, event(withStatus(lunai, RegistrationStatus.CANCELLED)));
        await().atMost(PATIENCE).until(() -> findProfile(lunai.participantId()).isEmpty());
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        ParticipantRegistration approved = withStatus(registration("ОЭЗ «Технополис Москва»", "RU"),
                RegistrationStatus.APPROVED);
        CloudEvent once = event(approved);
        kafka.send(TOPIC, once);
        kafka.send(TOPIC, once);
        kafka.send(TOPIC, event(withStatus(approved, RegistrationStatus.CHECKED_IN)));

        // One aggregate, one partition: when the check-in shows, both copies before it were handled.
        Profile profile = await().atMost(PATIENCE).until(() -> findProfile(approved.participantId()),
                found -> found.filter(p -> p.status == RegistrationStatus.CHECKED_IN).isPresent()).orElseThrow();
        assertThat(profile.revision).isEqualTo(2);
        assertThat(inboxRows(once.id())).isEqualTo(1);
    }

    @Test
    void anErasureRemovesTheProfileAndTheName() {
        ParticipantRegistration forgotten = withStatus(registration("Guangdong Robotics", "CN"), RegistrationStatus.APPROVED);
        kafka.send(DETAILS, event(details(forgotten, "Пётр Забытый")));
        kafka.send(TOPIC, event(forgotten));
        await().atMost(PATIENCE).until(() -> findProfile(forgotten.participantId()).map(p -> p.fullName).isPresent());

        kafka.send(TOPIC, erased(forgotten));

        await().atMost(PATIENCE).until(() -> findProfile(forgotten.participantId()).isEmpty()
                && names(forgotten.participantId()) == 0);
    }

    /** Either topic may be read first: a name that came before the registration is shown once it comes. */
    @Test
    void aNameThatCameFirstIsShownAndItsTombstoneRemovesIt() {
        ParticipantRegistration early = withStatus(registration("Shenzhen EV Works", "CN"), RegistrationStatus.APPROVED);
        kafka.send(DETAILS, event(details(early, "林早到")));
        await().atMost(PATIENCE).until(() -> names(early.participantId()) == 1);
        kafka.send(TOPIC, event(early));
        await().atMost(PATIENCE).until(() -> findProfile(early.participantId()).map(p -> p.fullName).orElse(""),
                name -> name.equals("林早到"));

        kafka.send(DETAILS, detailsErased(early));

        await().atMost(PATIENCE).until(() -> names(early.participantId()) == 0);
        assertThat(findProfile(early.participantId())).hasValueSatisfying(profile -> assertThat(profile.fullName).isNull());
    }

    @Test
    void aTombstoneWhoseSubjectIsNoParticipantIsDeadLettered() {
        CloudEvent tombstone = CloudEvent.of(EventType.PARTICIPANT_DETAILS_ERASED, URI.create("/registration-service"),
                "somebody", OffsetDateTime.now(), null);
        kafka.send(DETAILS, tombstone);

        ConsumerRecord<String, byte[]> deadLetter = kafka.await(DETAILS + ".dlq",
                r -> tombstone.id().toString().equals(header(r.headers(), "ce_id")), PATIENCE);
        assertThat(header(deadLetter.headers(), "dead-letter-reason"))
                .isEqualTo("dev.dialogue.participant.details-erased.v1 needs a UUID as its subject, not 'somebody'");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextRecordIsProcessed() {
        String poisonKey = UUID.randomUUID().toString();
        kafka.send(new ProducerRecord<>(TOPIC, poisonKey, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        ParticipantRegistration next = withStatus(registration("Guangdong Robotics", "CN"),
                RegistrationStatus.APPROVED);
        kafka.send(TOPIC, event(next));

        ConsumerRecord<String, byte[]> deadLetter = kafka.await(TOPIC + ".dlq", r -> poisonKey.equals(r.key()), PATIENCE);
        assertThat(header(deadLetter.headers(), "dead-letter-reason")).isEqualTo("missing header ce_specversion");
        assertThat(header(deadLetter.headers(), "dead-letter-consumer")).isEqualTo("matchmaking-service/participants");
        assertThat(header(deadLetter.headers(), "dead-letter-topic")).isEqualTo(TOPIC);
        assertThat(header(deadLetter.headers(), "dead-letter-offset")).isNotBlank();
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        awaitProfile(next.participantId());
    }

    @Test
    void aRecordFromAnyoneButItsPublisherIsDeadLetteredAndHasNoEffect() {
        ParticipantRegistration forged = withStatus(registration("Forged Trading Ltd", "CN"),
                RegistrationStatus.APPROVED);
        CloudEvent event = CloudEvent.of(EventType.PARTICIPANT_APPROVED, URI.create("/partners/sh-youth-foundation"),
                forged.participantId().toString(), OffsetDateTime.now(), EventJson.toBytes(forged));
        kafka.send(TOPIC, event);

        ConsumerRecord<String, byte[]> deadLetter = kafka.await(TOPIC + ".dlq",
                r -> event.id().toString().equals(header(r.headers(), "ce_id")), PATIENCE);
        assertThat(header(deadLetter.headers(), "dead-letter-reason")).isEqualTo("source /partners/sh-youth-foundation may not"
                + " post on forum.participants.v1: only /registration-service, its publisher, may");
        assertThat(findProfile(forged.participantId())).isEmpty();
    }

    @Test
    void aPayloadBreakingItsSchemaIsDeadLetteredNamingTheField() {
        ParticipantRegistration broken = registration("Shenzhen EV Works", "China");
        CloudEvent event = event(broken);
        kafka.send(TOPIC, event);

        ConsumerRecord<String, byte[]> deadLetter = kafka.await(TOPIC + ".dlq",
                r -> event.id().toString().equals(header(r.headers(), "ce_id")), PATIENCE);
        assertThat(header(deadLetter.headers(), "dead-letter-reason")).contains("country");
        assertThat(findProfile(broken.participantId())).isEmpty();
    }

    private long names(UUID participantId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from participant_name where participant_id = ?1")
                .setParameter(1, participantId).getSingleResult()).longValue());
    }

    private Profile awaitProfile(UUID participantId) {
        return await().atMost(PATIENCE).until(() -> findProfile(participantId), Optional::isPresent).orElseThrow();
    }

    private Optional<Profile> findProfile(UUID participantId) {
        return QuarkusTransaction.requiringNew().call(() -> Profile.<Profile>findByIdOptional(participantId));
    }

    private long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    private static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
