package dev.dialogue.matchmaking.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.domain.Availability;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.domain.SchedulePlan;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Slot;
import dev.dialogue.matchmaking.domain.SchedulePlanner;
import dev.dialogue.matchmaking.messaging.MeetingEvents;
import dev.dialogue.matchmaking.persistence.Bookings;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.persistence.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Batch scheduling for organisers: a run plans every accepted request still waiting for a slot so
 * that as many meetings as possible are held, without touching meetings already scheduled; the
 * plan stays provisional (and can be run again) until an admin publishes it.
 */
@ApplicationScoped
public class ScheduleService {

    private final MeetingScheduler scheduler;
    private final Bookings bookings;
    private final RowLocks locks;
    private final MeetingEvents events;

    ScheduleService(MeetingScheduler scheduler, Bookings bookings, RowLocks locks, MeetingEvents events) {
        this.scheduler = scheduler;
        this.bookings = bookings;
        this.locks = locks;
        this.events = events;
    }

    @Transactional
    public ScheduleView run(String forumId) {
        List<B2bSession> sessions = B2bSession.inForum(forumId);
        if (sessions.isEmpty()) {
            throw DomainException.conflict("forum " + forumId + " has no B2B session to schedule into");
        }
        Map<UUID, B2bSession> sessionsById = new HashMap<>();
        sessions.forEach(session -> sessionsById.put(session.id, session));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Slot> slots = new ArrayList<>();
        Map<Slot, Deque<Integer>> freeTables = new HashMap<>();
        for (B2bSession session : sessions) {
            for (OffsetDateTime start : session.slotStarts()) {
                Set<Integer> taken = bookings.takenTables(session, start);
                Deque<Integer> free = new ArrayDeque<>(IntStream.rangeClosed(1, session.tables).filter(table -> !taken.contains(table))
                        .boxed().toList());
                if (start.isAfter(now) && !free.isEmpty()) {
                    Slot slot = new Slot(session.id, start, free.size());
                    slots.add(slot);
                    freeTables.put(slot, free);
                }
            }
        }
        List<Meeting> waiting = Meeting.list("forumId = ?1 and status = ?2 order by acceptedAt, id", forumId, MeetingStatus.ACCEPTED);
        Availability availability = bookings.availabilityIn(forumId);
        SchedulePlanner.Calendar calendar = new SchedulePlanner.Calendar() {
            @Override
            public boolean free(UUID participantId, Slot slot) {
                OffsetDateTime start = slot.startsAt();
                return availability.free(participantId, start, start.plusMinutes(sessionsById.get(slot.sessionId()).slotMinutes));
            }

            @Override
            public int meetingsIn(UUID participantId, UUID sessionId) {
                return availability.meetingsIn(participantId, sessionId);
            }
        };
        SchedulePlanner.Plan plan = SchedulePlanner.plan(slots, waiting.stream()
                .map(meeting -> new SchedulePlanner.Request(meeting.id, meeting.requesterId, meeting.inviteeId)).toList(),
                calendar, availability.capPerSession());

        SchedulePlan.update("status = ?1 where forumId = ?2 and status = ?3", SchedulePlan.Status.SUPERSEDED, forumId,
                SchedulePlan.Status.PROVISIONAL);
        SchedulePlan stored = new SchedulePlan();
        stored.id = UUID.randomUUID();
        stored.forumId = forumId;
        stored.status = SchedulePlan.Status.PROVISIONAL;
        stored.createdAt = now;
        stored.requests = waiting.size();
        stored.upperBound = plan.upperBound();
        plan.placed().forEach((meetingId, slot) -> {
            SchedulePlan.Entry entry = new SchedulePlan.Entry();
            entry.meetingId = meetingId;
            entry.sessionId = slot.sessionId();
            entry.slotStart = slot.startsAt();
            entry.tableNo = freeTables.get(slot).poll();
            stored.entries.add(entry);
        });
        stored.persist();
        return view(stored, sessionsById, plan.unplaced(), List.of());
    }

    /** Books the latest provisional plan; an entry overtaken since the run (taken slot, cancelled meeting) is skipped and said so. */
    @Transactional
    public ScheduleView publish(String forumId) {
        SchedulePlan plan = lockedProvisionalPlan(forumId);
        Map<UUID, B2bSession> sessionsById = new HashMap<>();
        B2bSession.inForum(forumId).forEach(session -> sessionsById.put(session.id, session));
        List<ScheduleView.Skipped> skipped = new ArrayList<>();
        for (SchedulePlan.Entry entry : plan.entries) {
            Meeting meeting = locks.lock(Meeting.class, entry.meetingId).orElseThrow(() -> DomainException.notFound("meeting", entry.meetingId));
            if (meeting.status != MeetingStatus.ACCEPTED) {
                skipped.add(new ScheduleView.Skipped(meeting.id, "the meeting is " + meeting.status + " now"));
            } else if (scheduler.placeAt(meeting, sessionsById.get(entry.sessionId), entry.slotStart, entry.tableNo)) {
                events.publish(EventType.MEETING_SCHEDULED, meeting);
            } else {
                skipped.add(new ScheduleView.Skipped(meeting.id,
                        "since the run its table was taken, a participant became unavailable, or the slot began"));
            }
        }
        plan.status = SchedulePlan.Status.PUBLISHED;
        return view(plan, sessionsById, List.of(), skipped);
    }

    private static ScheduleView view(SchedulePlan plan, Map<UUID, B2bSession> sessions, List<UUID> unplaced,
            List<ScheduleView.Skipped> skipped) {
        List<ScheduleView.Entry> entries = plan.entries.stream().map(entry -> new ScheduleView.Entry(entry.meetingId,
                entry.sessionId, entry.slotStart, entry.slotStart.plusMinutes(sessions.get(entry.sessionId).slotMinutes),
                entry.tableNo)).toList();
        return new ScheduleView(plan.id, plan.forumId, plan.status.name(), plan.createdAt, plan.requests,
                entries.size() - skipped.size(), plan.upperBound, entries, unplaced, skipped);
    }

    /** The latest provisional plan, locked; publishing it twice at once books it once. */
    private SchedulePlan lockedProvisionalPlan(String forumId) {
        DomainException none = DomainException.conflict("forum " + forumId + " has no provisional plan; run the scheduler first");
        SchedulePlan plan = SchedulePlan.<SchedulePlan>find("forumId = ?1 and status = ?2 order by createdAt desc", forumId,
                SchedulePlan.Status.PROVISIONAL).<SchedulePlan>firstResultOptional().orElseThrow(() -> none);
        if (!locks.relock(plan) || plan.status != SchedulePlan.Status.PROVISIONAL) {
            throw none;
        }
        return plan;
    }
}
