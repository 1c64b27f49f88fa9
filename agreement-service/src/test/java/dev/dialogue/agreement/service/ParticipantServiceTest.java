package dev.dialogue.agreement.service;

import static dev.dialogue.events.Samples.registration;
import static dev.dialogue.events.Samples.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A poll's registration events applied together, as the participants channel hands them over. */
@QuarkusTest
class ParticipantServiceTest {

    @Inject
    ParticipantService participants;

    @Test
    void eventsOfOnePersonInOnePollEndAsIfAppliedOneByOne() {
        ParticipantRegistration submitted = registration("Правительство Москвы", "RU");
        ParticipantRegistration other = registration("Guangdong Robotics", "CN");

        QuarkusTransaction.requiringNew().run(() -> participants.registrationsChanged(List.of(submitted, other,
                withStatus(submitted, RegistrationStatus.APPROVED))));

        Participant approved = find(submitted.participantId());
        assertThat(approved.accredited()).isTrue();
        assertThat(approved.revision).isEqualTo(2);
        assertThat(find(other.participantId()).status).isEqualTo(RegistrationStatus.SUBMITTED);
    }

    private static Participant find(UUID participantId) {
        return QuarkusTransaction.requiringNew().call(() -> Participant.<Participant>findById(participantId));
    }
}
