package dev.dialogue.matchmaking.service;

import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.matchmaking.domain.Profile;
import java.util.UUID;

public record ProfileView(UUID participantId, String forumId, String fullName, String organisationName, String country,
        RegistrationStatus status) {

    public static ProfileView of(Profile profile) {
        return new ProfileView(profile.participantId, profile.forumId, profile.fullName, profile.organisationName,
                profile.country, profile.status);
    }
}
