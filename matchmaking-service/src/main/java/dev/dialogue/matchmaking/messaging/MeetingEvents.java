package dev.dialogue.matchmaking.messaging;

import dev.dialogue.events.EventType;
import dev.dialogue.events.meetings.Meeting.Slot;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.platform.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces meeting changes on {@code forum.meetings.v1}, each with the full current meeting. */
@ApplicationScoped
public class MeetingEvents {

    private final Outbox outbox;

    MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(EventType fact, Meeting meeting) {
        Meeting.getEntityManager().flush();
        outbox.publish(fact, meeting.id.toString(), state(meeting));
    }

    public static dev.dialogue.events.meetings.Meeting state(Meeting meeting) {
        Slot slot = meeting.sessionId == null ? null
                : new Slot(meeting.sessionId, meeting.slotStart, meeting.slotEnd, meeting.tableNo);
        return new dev.dialogue.events.meetings.Meeting(meeting.id, meeting.forumId, meeting.requesterId,
                meeting.inviteeId, meeting.status, meeting.message, meeting.declineReason, slot, meeting.requestedAt,
                meeting.outcome, meeting.outcomeNotes, meeting.version);
    }
}
