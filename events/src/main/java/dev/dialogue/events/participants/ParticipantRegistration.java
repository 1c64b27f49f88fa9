package dev.dialogue.events.participants;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of one participant's registration for a forum. Every event on
 * {@code forum.participants.v1} carries it, so a consumer that starts late rebuilds from the topic.
 * It names nobody: the participant id is a pseudonym, and who the person is travels apart, as
 * {@link ParticipantDetails} on a compacted topic that an erasure empties.
 */
public record ParticipantRegistration(
        UUID participantId,
        String forumId,
        RegistrationStatus status,
        Organisation organisation,
        ParticipantCategory category,
        List<String> languages,
        List<Sector> sectors,
        List<InterestType> offers,
        List<InterestType> seeks,
        List<SessionSeat> sessions,
        Consent consent,
        OffsetDateTime registeredAt,
        long version) {
}
