package dev.dialogue.matchmaking.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.messaging.MeetingEvents;
import dev.dialogue.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Meeting requests: asked, accepted (and scheduled at once where a slot is free), declined, cancelled. */
@ApplicationScoped
public class MeetingService {

    private final MeetingScheduler scheduler;
    private final MeetingEvents events;

    MeetingService(MeetingScheduler scheduler, MeetingEvents events) {
        this.scheduler = scheduler;
        this.events = events;
    }

    @Transactional
    public dev.dialogue.events.meetings.Meeting request(String forumId, UUID requesterId, UUID inviteeId, String message) {
        if (requesterId.equals(inviteeId)) {
            throw ProblemException.invalid("inviteeId", "a participant cannot meet themself");
        }
        Profile requester = accredited(forumId, requesterId, "requesterId");
        Profile invitee = accredited(forumId, inviteeId, "inviteeId");
        if (requester.organisationId.equals(invitee.organisationId)) {
            throw ProblemException.invalid("inviteeId", "colleagues of one organisation meet without the forum");
        }
        Meeting.between(forumId, requesterId, inviteeId, Meeting.OPEN).ifPresent(open -> {
            throw ProblemException.conflict("these two already have a " + open.status + " meeting").with("existingId", open.id);
        });
        Meeting.between(forumId, requesterId, inviteeId, EnumSet.of(MeetingStatus.DECLINED)).ifPresent(declined -> {
            throw ProblemException.conflict("this pair declined a meeting before").with("existingId", declined.id);
        });
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.forumId = forumId;
        meeting.requesterId = requesterId;
        meeting.inviteeId = inviteeId;
        meeting.message = message;
        meeting.status = MeetingStatus.REQUESTED;
        meeting.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        meeting.persist();
        events.publish(EventType.MEETING_REQUESTED, meeting);
        return MeetingEvents.state(meeting);
    }

    /** The invitee accepts; the meeting takes the earliest slot and table free for both, if any. */
    @Transactional
    public dev.dialogue.events.meetings.Meeting accept(UUID id, Caller caller) {
        Meeting meeting = lock(id);
        caller.check(meeting.inviteeId, "only the invitee accepts");
        meeting.moveTo(MeetingStatus.ACCEPTED, EnumSet.of(MeetingStatus.REQUESTED));
        events.publish(EventType.MEETING_ACCEPTED, meeting);
        if (scheduler.placeEarliest(meeting)) {
            events.publish(EventType.MEETING_SCHEDULED, meeting);
        }
        return MeetingEvents.state(meeting);
    }

    @Transactional
    public dev.dialogue.events.meetings.Meeting decline(UUID id, String reason, Caller caller) {
        Meeting meeting = lock(id);
        caller.check(meeting.inviteeId, "only the invitee declines");
        meeting.moveTo(MeetingStatus.DECLINED, EnumSet.of(MeetingStatus.REQUESTED));
        meeting.declineReason = reason;
        events.publish(EventType.MEETING_DECLINED, meeting);
        return MeetingEvents.state(meeting);
    }

    /** Either party cancels; a scheduled meeting gives its slot and table back. */
    @Transactional
    public dev.dialogue.events.meetings.Meeting cancel(UUID id, Caller caller) {
        Meeting meeting = lock(id);
        if (!caller.admin() && !meeting.involves(caller.participantId())) {
            throw ProblemException.forbidden("only the two participants cancel their meeting");
        }
        meeting.moveTo(MeetingStatus.CANCELLED, Meeting.OPEN);
        scheduler.release(meeting);
        events.publish(EventType.MEETING_CANCELLED, meeting);
        return MeetingEvents.state(meeting);
    }

    /**
     * A participant left the forum (cancelled, rejected, erased): their open meetings are cancelled
     * and give their slots back. Joins the transaction of the event that says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void participantLeft(UUID participantId) {
        List<Meeting> open = Meeting.list("(requesterId = ?1 or inviteeId = ?1) and status in ?2", participantId, Meeting.OPEN);
        for (Meeting meeting : open) {
            meeting.moveTo(MeetingStatus.CANCELLED, Meeting.OPEN);
            scheduler.release(meeting);
            events.publish(EventType.MEETING_CANCELLED, meeting);
        }
    }

    /** An erased person's own words go too: the messages they wrote and the reasons they gave. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID participantId) {
        Meeting.update("message = null where requesterId = ?1", participantId);
        Meeting.update("declineReason = null where inviteeId = ?1", participantId);
        Meeting.update("outcomeNotes = null where outcomeBy = ?1", participantId);
    }

    /** Either participant (or an admin) records how a scheduled meeting went. */
    @Transactional
    public dev.dialogue.events.meetings.Meeting recordOutcome(UUID id, MeetingOutcome outcome, String notes, Caller caller) {
        Meeting meeting = lock(id);
        if (!caller.admin() && !meeting.involves(caller.participantId())) {
            throw ProblemException.forbidden("only the two participants record their meeting's outcome");
        }
        if (meeting.status != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("meeting " + id + " is " + meeting.status + "; only a scheduled meeting has an outcome");
        }
        meeting.outcome = outcome;
        meeting.outcomeNotes = notes;
        meeting.outcomeBy = caller.admin() ? null : caller.participantId();
        events.publish(EventType.MEETING_OUTCOME_RECORDED, meeting);
        return MeetingEvents.state(meeting);
    }

    @Transactional
    public dev.dialogue.events.meetings.Meeting get(UUID id, Caller caller) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("meeting", id));
        if (!caller.admin() && !meeting.involves(caller.participantId())) {
            throw ProblemException.forbidden("only the two participants see their meeting");
        }
        return MeetingEvents.state(meeting);
    }

    /** Who is acting: an admin, or a participant acting for themself. */
    public record Caller(boolean admin, UUID participantId) {

        void check(UUID allowed, String rule) {
            if (!admin && !allowed.equals(participantId)) {
                throw ProblemException.forbidden(rule);
            }
        }
    }

    private static Profile accredited(String forumId, UUID participantId, String field) {
        return Profile.<Profile>findByIdOptional(participantId).filter(profile -> profile.forumId.equals(forumId))
                .orElseThrow(() -> ProblemException.invalid(field, participantId + " is not an accredited participant of forum " + forumId));
    }

    private static Meeting lock(UUID id) {
        Meeting meeting = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw ProblemException.notFound("meeting", id);
        }
        return meeting;
    }

}
