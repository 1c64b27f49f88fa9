package dev.dialogue.events.participants;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.time.OffsetDateTime;
import java.util.List;
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
        LocalizedText nameTransliterations,
        String email,
        String phone,
        String position,
        Organisation organisation,
        ParticipantCategory category,
        List<String> languages,
        List<Sector> sectors,
        List<Interest> offers,
        List<Interest> seeks,
        List<SessionSeat> sessions,
        Consent consent,
        String statusReason,
        OffsetDateTime registeredAt,
        long version) {
}
