package dev.dialogue.events.meetings;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The full current state of a meeting request; every event on {@code forum.meetings.v1} carries it.
 * What the two people wrote (the request's message, a decline's reason, the outcome's notes) stays
 * with matchmaking-service, which erases it with the person.
 */
public record Meeting(
        UUID meetingId,
        String forumId,
        UUID requesterId,
        UUID inviteeId,
        MeetingStatus status,
        Slot slot,
        OffsetDateTime requestedAt,
        MeetingOutcome outcome,
        long version) {

    /** Where and when a scheduled meeting takes place: a slot of a B2B session, at a table. */
    public record Slot(UUID sessionId, OffsetDateTime startsAt, OffsetDateTime endsAt, int table) {
    }
}
