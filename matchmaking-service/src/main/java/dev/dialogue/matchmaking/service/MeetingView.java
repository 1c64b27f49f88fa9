package dev.dialogue.matchmaking.service;

import dev.dialogue.events.meetings.Meeting.Slot;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.domain.Meeting;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting as its two participants and organisers see it over REST: with what the two wrote,
 * which the events leave out.
 */
public record MeetingView(
        UUID meetingId,
        String forumId,
        UUID requesterId,
        UUID inviteeId,
        MeetingStatus status,
        String message,
        String declineReason,
        Slot slot,
        OffsetDateTime requestedAt,
        MeetingOutcome outcome,
        String outcomeNotes,
        long version) {

    public static MeetingView of(Meeting meeting) {
        return new MeetingView(meeting.id, meeting.forumId, meeting.requesterId, meeting.inviteeId, meeting.status,
                meeting.message, meeting.declineReason, meeting.slot(), meeting.requestedAt, meeting.outcome,
                meeting.outcomeNotes, meeting.version);
    }
}
