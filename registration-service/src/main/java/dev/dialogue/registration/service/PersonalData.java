package dev.dialogue.registration.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything this service holds about a person, for a data subject's access request. */
public record PersonalData(RegistrationView registration, String badgeToken, OffsetDateTime checkedInAt,
        OffsetDateTime erasedAt, List<Announcement> announcements) {

    /** An event about the person still kept in the outbox (sent ones are purged after a retention). */
    public record Announcement(UUID eventId, String type, OffsetDateTime occurredAt, OffsetDateTime sentAt) {
    }
}
