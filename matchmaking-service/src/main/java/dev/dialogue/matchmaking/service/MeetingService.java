package dev.dialogue.matchmaking.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.MatchProfile;
import dev.dialogue.matchmaking.domain.MatchScorer;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.messaging.MeetingEvents;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Meeting requests: asked, accepted (and scheduled at once where a slot is free), declined,
 * cancelled (the freed slot going to a waiting request of either party), expired.
 */
@ApplicationScoped
public class MeetingService {

    private final MeetingScheduler scheduler;
    private final MeetingEvents events;
    private final MatchScorer scorer;

    MeetingService(MeetingScheduler scheduler, MeetingEvents events, MatchmakingConfig config) {
        this.scheduler = scheduler;
        this.events = events;
        this.scorer = new MatchScorer(config.weights());
    }

    @Transactional
    public MeetingView request(String forumId, UUID requesterId, UUID inviteeId, String message) {
        if (requesterId.equals(inviteeId)) {
            throw DomainException.invalid("inviteeId", "a participant cannot meet themself");
        }
        Profile requester = accredited(forumId, requesterId, "requesterId");
        Profile invitee = accredited(forumId, inviteeId, "inviteeId");
        if (requester.organisationId.equals(invitee.organisationId)) {
            throw DomainException.invalid("inviteeId", "colleagues of one organisation meet without the forum");
        }
        Meeting.between(forumId, requesterId, inviteeId, Meeting.OPEN).ifPresent(open -> {
            throw DomainException.conflict("these two already have a " + open.status + " meeting").with("existingId", open.id);
        });
        Meeting.between(forumId, requesterId, inviteeId, EnumSet.of(MeetingStatus.DECLINED)).ifPresent(declined -> {
            throw DomainException.conflict("this pair declined a meeting before").with("existingId", declined.id);
        });
        List<B2bSession> sessions = B2bSession.inForum(forumId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!sessions.isEmpty() && sessions.stream().noneMatch(session -> session.startsAt.isAfter(now))) {
            throw DomainException.conflict("the B2B sessions of forum " + forumId + " have begun; requests are closed");
        }
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.forumId = forumId;
        meeting.requesterId = requesterId;
        meeting.inviteeId = inviteeId;
        meeting.message = message;
        meeting.status = MeetingStatus.REQUESTED;
        meeting.requestedAt = now;
        meeting.sectors = Meeting.topics(requester.sectors, invitee.sectors);
        meeting.countryPair = Meeting.countryPair(requester.country, invitee.country);
        meeting.persist();
        events.publish(EventType.MEETING_REQUESTED, meeting);
        return MeetingView.of(meeting);
    }

    /** The invitee accepts; the meeting takes the earliest slot and table free for both, if any. */
    @Transactional
    public MeetingView accept(UUID id, Caller caller) {
        Meeting meeting = lock(id);
        caller.selfOr(meeting.inviteeId, "only the invitee accepts", Roles.ADMIN);
        meeting.moveTo(MeetingStatus.ACCEPTED, EnumSet.of(MeetingStatus.REQUESTED));
        meeting.acceptedAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.publish(EventType.MEETING_ACCEPTED, meeting);
        if (scheduler.placeEarliest(meeting)) {
            events.publish(EventType.MEETING_SCHEDULED, meeting);
        }
        return MeetingView.of(meeting);
    }

    @Transactional
    public MeetingView decline(UUID id, String reason, Caller caller) {
        Meeting meeting = lock(id);
        caller.selfOr(meeting.inviteeId, "only the invitee declines", Roles.ADMIN);
        meeting.moveTo(MeetingStatus.DECLINED, EnumSet.of(MeetingStatus.REQUESTED));
        meeting.declineReason = reason;
        events.publish(EventType.MEETING_DECLINED, meeting);
        return MeetingView.of(meeting);
    }

    /** An organiser places an accepted meeting, or moves a scheduled one, to a slot and table of their choosing. */
    @Transactional
    public MeetingView place(UUID id, UUID sessionId, OffsetDateTime start, int table) {
        Meeting meeting = lock(id);
        B2bSession session = B2bSession.<B2bSession>findByIdOptional(sessionId)
                .filter(candidate -> candidate.forumId.equals(meeting.forumId))
                .orElseThrow(() -> DomainException.invalid("sessionId", sessionId + " is not a B2B session of forum "
                        + meeting.forumId));
        if (session.slotStarts().stream().noneMatch(start::isEqual)) {
            throw DomainException.invalid("startsAt", "not the start of a slot of session " + sessionId + ": slots of "
                    + session.slotMinutes + " minutes run from " + session.startsAt + " to " + session.endsAt);
        }
        if (table > session.tables) {
            throw DomainException.invalid("table", "session " + sessionId + " has tables 1 to " + session.tables);
        }
        if (meeting.status != MeetingStatus.ACCEPTED && meeting.status != MeetingStatus.SCHEDULED) {
            throw DomainException.conflict("meeting " + id + " is " + meeting.status + "; only an accepted meeting is placed");
        }
        Optional<FreedSlot> left = freedSlot(meeting);
        scheduler.release(meeting);
        if (!scheduler.placeAt(meeting, session, start, table)) {
            throw DomainException.conflict("table " + table + " is taken at " + start + ", a participant is not free then,"
                    + " or the slot has begun");
        }
        events.publish(EventType.MEETING_SCHEDULED, meeting);
        left.ifPresent(this::backfill);
        return MeetingView.of(meeting);
    }

    /** Either party cancels; a scheduled meeting's slot and table go to a waiting request of either party. */
    @Transactional
    public MeetingView cancel(UUID id, Caller caller) {
        Meeting meeting = lock(id);
        if (!caller.isInRole(Roles.ADMIN) && !meeting.involves(caller.participantId())) {
            throw DomainException.forbidden("only the two participants cancel their meeting");
        }
        Optional<FreedSlot> freed = cancelAndRelease(meeting);
        freed.ifPresent(this::backfill);
        return MeetingView.of(meeting);
    }

    /**
     * A participant left the forum (cancelled, rejected, erased): their open meetings are cancelled
     * and give their slots back. Joins the transaction of the event that says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void participantLeft(UUID participantId) {
        List<Meeting> open = Meeting.openOf(participantId);
        List<FreedSlot> freed = new ArrayList<>();
        for (Meeting meeting : open) {
            cancelAndRelease(meeting).ifPresent(freed::add);
        }
        freed.forEach(this::backfill);
    }

    /**
     * Requests nobody answered expire when the forum's last B2B session starts; accepted ones still
     * waiting for a slot (and for a backfill) expire when it ends.
     */
    @Transactional
    public int expireDue(OffsetDateTime now) {
        List<Meeting> due = Meeting.list("""
                from Meeting m where exists (from B2bSession s where s.forumId = m.forumId)
                and ((m.status = ?1 and not exists (from B2bSession s where s.forumId = m.forumId and s.startsAt > ?3))
                  or (m.status = ?2 and not exists (from B2bSession s where s.forumId = m.forumId and s.endsAt > ?3)))""",
                MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, now);
        int expired = 0;
        for (Meeting meeting : due) {
            Meeting.getEntityManager().refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
            if (meeting.status == MeetingStatus.REQUESTED || meeting.status == MeetingStatus.ACCEPTED) {
                meeting.status = MeetingStatus.EXPIRED;
                events.publish(EventType.MEETING_EXPIRED, meeting);
                expired++;
            }
        }
        return expired;
    }

    /**
     * An erased person's own words go too: the messages they wrote and the reasons they gave, and
     * the sent events that name them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID participantId) {
        Meeting.update("message = null where requesterId = ?1", participantId);
        Meeting.update("declineReason = null where inviteeId = ?1", participantId);
        Meeting.update("outcomeNotes = null where outcomeBy = ?1", participantId);
        events.forget(participantId);
    }

    /** Either participant (or an admin) records how a scheduled meeting went. */
    @Transactional
    public MeetingView recordOutcome(UUID id, MeetingOutcome outcome, String notes, Caller caller) {
        Meeting meeting = lock(id);
        boolean admin = caller.isInRole(Roles.ADMIN);
        if (!admin && !meeting.involves(caller.participantId())) {
            throw DomainException.forbidden("only the two participants record their meeting's outcome");
        }
        if (meeting.status != MeetingStatus.SCHEDULED) {
            throw DomainException.conflict("meeting " + id + " is " + meeting.status + "; only a scheduled meeting has an outcome");
        }
        meeting.outcome = outcome;
        meeting.outcomeNotes = notes;
        meeting.outcomeBy = admin ? null : caller.participantId();
        events.publish(EventType.MEETING_OUTCOME_RECORDED, meeting);
        return MeetingView.of(meeting);
    }

    @Transactional
    public MeetingView get(UUID id, Caller caller) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("meeting", id));
        if (!caller.isInRole(Roles.ADMIN) && !meeting.involves(caller.participantId())) {
            throw DomainException.forbidden("only the two participants see their meeting");
        }
        return MeetingView.of(meeting);
    }

    /** Where a cancelled meeting was: a table in a slot, now free. */
    private record FreedSlot(B2bSession session, OffsetDateTime start, int table, UUID requesterId, UUID inviteeId) {
    }

    private static Optional<FreedSlot> freedSlot(Meeting meeting) {
        return meeting.sessionId == null ? Optional.empty()
                : Optional.of(new FreedSlot(B2bSession.findById(meeting.sessionId), meeting.slotStart, meeting.tableNo,
                        meeting.requesterId, meeting.inviteeId));
    }

    private Optional<FreedSlot> cancelAndRelease(Meeting meeting) {
        meeting.moveTo(MeetingStatus.CANCELLED, Meeting.OPEN);
        Optional<FreedSlot> freed = freedSlot(meeting);
        scheduler.release(meeting);
        events.publish(EventType.MEETING_CANCELLED, meeting);
        return freed;
    }

    /**
     * Live backfill: the freed table and slot go to the best accepted request still waiting for a
     * slot in which either participant of the cancelled meeting takes part; best is the highest
     * match score, then the longest wait. Its MeetingScheduled event tells both participants.
     */
    private void backfill(FreedSlot freed) {
        List<Meeting> waiting = Meeting.list("forumId = ?1 and status = ?2 and (requesterId in ?3 or inviteeId in ?3)",
                freed.session().forumId, MeetingStatus.ACCEPTED, List.of(freed.requesterId(), freed.inviteeId()));
        Comparator<Meeting> best = Comparator.<Meeting>comparingDouble(this::score).reversed()
                .thenComparing(meeting -> meeting.acceptedAt);
        for (Meeting meeting : waiting.stream().sorted(best).toList()) {
            Meeting.getEntityManager().refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
            if (meeting.status == MeetingStatus.ACCEPTED
                    && scheduler.placeAt(meeting, freed.session(), freed.start(), freed.table())) {
                events.publish(EventType.MEETING_SCHEDULED, meeting);
                return;
            }
        }
    }

    private double score(Meeting meeting) {
        Optional<Profile> requester = Profile.findByIdOptional(meeting.requesterId);
        Optional<Profile> invitee = Profile.findByIdOptional(meeting.inviteeId);
        if (requester.isEmpty() || invitee.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        return scorer.score(MatchProfile.of(requester.get()), MatchProfile.of(invitee.get()))
                .map(MatchScorer.Match::score).orElse(0.0);
    }

    private static Profile accredited(String forumId, UUID participantId, String field) {
        return Profile.<Profile>findByIdOptional(participantId).filter(profile -> profile.forumId.equals(forumId))
                .orElseThrow(() -> DomainException.invalid(field, participantId + " is not an accredited participant of forum " + forumId));
    }

    private static Meeting lock(UUID id) {
        Meeting meeting = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw DomainException.notFound("meeting", id);
        }
        return meeting;
    }

}
