package dev.dialogue.registration.api;

import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.registration.domain.Registration;
import java.time.OffsetDateTime;
import java.util.UUID;

public record RegistrationView(UUID id, String forumId, String fullName, String email, String organisationName,
        String country, RegistrationStatus status, OffsetDateTime registeredAt) {

    public static RegistrationView of(Registration registration) {
        return new RegistrationView(registration.id, registration.forumId, registration.fullName, registration.email,
                registration.organisationName, registration.country, registration.status, registration.registeredAt);
    }
}
