package dev.dialogue.agreement.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.infra.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantEventsHandlerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void projectsARegistrationOnceHoweverOftenItIsDelivered() {
        UUID id = UUID.randomUUID();
        ParticipantRegistration signatory = new ParticipantRegistration(id, "shenzhen-2025", RegistrationStatus.APPROVED,
                "Анна Смирнова", "a.smirnova@example.org", "ОЭЗ «Технополис Москва»", "RU", OffsetDateTime.now());
        CloudEvent event = CloudEvent.of(EventType.PARTICIPANT_REGISTERED, URI.create("/registration-service"),
                id.toString(), OffsetDateTime.now(), EventJson.toBytes(signatory));
        ParticipantRegistration cancelled = new ParticipantRegistration(id, "shenzhen-2025",
                RegistrationStatus.CANCELLED, signatory.fullName(), signatory.email(), signatory.organisationName(),
                signatory.country(), signatory.registeredAt());
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send("forum.participants.v1", event);
        kafka.send("forum.participants.v1", event);
        kafka.send("forum.participants.v1", CloudEvent.of(EventType.PARTICIPANT_REGISTERED,
                URI.create("/registration-service"), id.toString(), OffsetDateTime.now(), EventJson.toBytes(cancelled)));

        // One aggregate, one partition: once the cancellation shows, both copies before it were handled.
        Participant participant = await().atMost(Duration.ofSeconds(30)).until(() -> find(id),
                found -> found.filter(p -> p.status == RegistrationStatus.CANCELLED).isPresent()).orElseThrow();
        assertThat(participant.organisationName).isEqualTo("ОЭЗ «Технополис Москва»");
        assertThat(participant.revision).isEqualTo(2);
        long inboxRows = QuarkusTransaction.requiringNew().call(() -> ((Number) Participant.getEntityManager()
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, event.id()).getSingleResult()).longValue());
        assertThat(inboxRows).isEqualTo(1);
    }

    private static Optional<Participant> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Participant.<Participant>findByIdOptional(id));
    }
}
