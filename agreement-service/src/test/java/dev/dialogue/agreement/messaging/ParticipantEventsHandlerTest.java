package dev.dialogue.agreement.messaging;

import static dev.dialogue.events.Samples.details;
import static dev.dialogue.events.Samples.erased;
import static dev.dialogue.events.Samples.event;
import static dev.dialogue.events.Samples.registration;
import static dev.dialogue.events.Samples.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantEventsHandlerTest {

    private static final String TOPIC = "forum.participants.v1";

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Test
    void projectsARegistrationOnceHoweverOftenItIsDelivered() {
        ParticipantRegistration signatory = withStatus(
                registration("ОЭЗ «Технополис Москва»", "RU"), RegistrationStatus.APPROVED);
        CloudEvent approved = event(signatory);
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        kafka.send(TOPIC, approved);
        kafka.send(TOPIC, approved);
        kafka.send(TOPIC, event(withStatus(signatory, RegistrationStatus.CANCELLED)));

        // One aggregate, one partition: once the cancellation shows, both copies before it were handled.
        UUID id = signatory.participantId();
        Participant participant = await().atMost(Duration.ofSeconds(30)).until(() -> find(id),
                found -> found.filter(p -> p.status == RegistrationStatus.CANCELLED).isPresent()).orElseThrow();
        assertThat(participant.organisationName).isEqualTo("ОЭЗ «Технополис Москва»");
        assertThat(participant.organisationId).isEqualTo(signatory.organisation().organisationId());
        assertThat(participant.revision).isEqualTo(2);
        long inboxRows = QuarkusTransaction.requiringNew().call(() -> ((Number) Participant.getEntityManager()
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, approved.id()).getSingleResult()).longValue());
        assertThat(inboxRows).isEqualTo(1);
    }

    @Test
    void anErasureRemovesThePersonAndTheirName() {
        ParticipantRegistration forgotten = registration("Shandong Lunai IT Group", "CN");
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        kafka.send(TOPIC, event(forgotten));
        kafka.send("personal.participants.v1", event(details(forgotten, "Пётр Забытый")));
        await().atMost(Duration.ofSeconds(30)).until(() -> find(forgotten.participantId()).map(p -> p.fullName).isPresent());

        kafka.send(TOPIC, erased(forgotten));

        await().atMost(Duration.ofSeconds(30)).until(() -> find(forgotten.participantId()).isEmpty());
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) Participant.getEntityManager()
                .createNativeQuery("select count(*) from participant_name where participant_id = ?1")
                .setParameter(1, forgotten.participantId()).getSingleResult()).longValue())).isZero();
    }

    private static Optional<Participant> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Participant.<Participant>findByIdOptional(id));
    }
}
