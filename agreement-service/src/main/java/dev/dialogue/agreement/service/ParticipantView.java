package dev.dialogue.agreement.service;

import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.participants.RegistrationStatus;
import java.util.UUID;

public record ParticipantView(UUID participantId, String forumId, String fullName, String organisationName,
        RegistrationStatus status) {

    public static ParticipantView of(Participant participant) {
        return new ParticipantView(participant.participantId, participant.forumId, participant.fullName,
                participant.organisationName, participant.status);
    }
}
