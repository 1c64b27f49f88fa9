package dev.dialogue.matchmaking.messaging;

import dev.dialogue.events.EventType;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.platform.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

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

    /** Deletes the outbox rows that name an erased participant (see {@link Outbox#forget}). */
    public void forget(UUID participantId) {
        outbox.forget(participantId);
    }

    /** The meeting's state by ids only: what the participants wrote stays here, erased with them. */
    private static dev.dialogue.events.meetings.Meeting state(Meeting meeting) {
        return new dev.dialogue.events.meetings.Meeting(meeting.id, meeting.forumId, meeting.requesterId,
                meeting.inviteeId, meeting.status, meeting.slot(), meeting.requestedAt, meeting.outcome, meeting.version);
    }
}
