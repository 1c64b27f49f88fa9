package dev.dialogue.matchmaking.service;

import static dev.dialogue.events.Samples.registration;
import static dev.dialogue.events.Samples.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.matchmaking.domain.Profile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A poll's registration events applied together, as the participants channel hands them over. */
@QuarkusTest
class ProfileServiceTest {

    @Inject
    ProfileService profiles;

    @Test
    void eventsOfOnePersonInOnePollEndAsIfAppliedOneByOne() {
        ParticipantRegistration liu = registration("Shenzhen EV Works", "CN");
        ParticipantRegistration approved = withStatus(liu, RegistrationStatus.APPROVED);
        ParticipantRegistration anna = withStatus(registration("ОЭЗ «Технополис Москва»", "RU"),
                RegistrationStatus.APPROVED);

        QuarkusTransaction.requiringNew().run(() -> profiles.registrationsChanged(List.of(liu, approved, anna,
                withStatus(liu, RegistrationStatus.CANCELLED), approved, withStatus(anna, RegistrationStatus.REJECTED))));

        Profile again = find(liu.participantId()).orElseThrow();
        assertThat(again.status).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(again.revision).as("a profile removed and made again in one poll starts over").isEqualTo(1);
        assertThat(find(anna.participantId())).isEmpty();
    }

    private static Optional<Profile> find(UUID participantId) {
        return QuarkusTransaction.requiringNew().call(() -> Profile.<Profile>findByIdOptional(participantId));
    }
}
