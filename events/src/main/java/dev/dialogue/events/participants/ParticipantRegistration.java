package dev.dialogue.events.participants;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The full current state of one participant's registration for a forum. Every event on
 * {@code forum.participants.v1} carries it, so a consumer that starts late rebuilds from the topic.
 */
public record ParticipantRegistration(
        UUID participantId,
        String forumId,
        RegistrationStatus status,
        String fullName,
        String email,
        String organisationName,
        String country,
        OffsetDateTime registeredAt) {
}
