package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.domain.Availability;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.persistence.Bookings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Books meetings into slots and tables. Quick scheduling puts an accepted meeting into the earliest
 * future slot of the forum's B2B sessions where both participants can meet and a table is free.
 * Two accepts racing for the last slot cannot both get it ({@link Bookings}); the loser moves on to
 * the next slot or stays unscheduled. The participants' profile rows are locked while one of their
 * meetings is placed, so the per-session cap holds under concurrency too.
 */
@ApplicationScoped
public class MeetingScheduler {

    private final Bookings bookings;

    MeetingScheduler(Bookings bookings) {
        this.bookings = bookings;
    }

    /** Places the meeting and returns true, or leaves it as it is when nothing is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean placeEarliest(Meeting meeting) {
        Availability availability = lockAndLoad(meeting);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (B2bSession session : B2bSession.inForum(meeting.forumId)) {
            for (OffsetDateTime start : session.slotStarts()) {
                if (!start.isAfter(now) || !bothCanMeet(availability, meeting, session, start)) {
                    continue;
                }
                Set<Integer> taken = bookings.takenTables(session, start);
                for (int table = 1; table <= session.tables; table++) {
                    if (taken.contains(table)) {
                        continue;
                    }
                    if (book(meeting, session, start, table)) {
                        return true;
                    }
                    if (!bookings.allFree(List.of(meeting.requesterId, meeting.inviteeId), start)) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Places the meeting at exactly this slot and table, if both participants can meet then and it is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean placeAt(Meeting meeting, B2bSession session, OffsetDateTime start, int table) {
        Availability availability = lockAndLoad(meeting);
        return start.isAfter(OffsetDateTime.now(ZoneOffset.UTC)) && bothCanMeet(availability, meeting, session, start)
                && book(meeting, session, start, table);
    }

    /** Gives the meeting's table and the participants' time back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Meeting meeting) {
        bookings.release(meeting.id);
        meeting.unplace();
    }

    private static boolean bothCanMeet(Availability availability, Meeting meeting, B2bSession session, OffsetDateTime start) {
        return availability.canMeet(meeting.requesterId, session, start) && availability.canMeet(meeting.inviteeId, session, start);
    }

    /** Locks both profiles (no deadlock between two placements), then reads their calendars. */
    private Availability lockAndLoad(Meeting meeting) {
        List<UUID> participants = List.of(meeting.requesterId, meeting.inviteeId);
        bookings.lockParticipants(participants);
        return bookings.availabilityOf(participants);
    }

    /** All three rows or none: the table, then each participant; then the meeting takes the place. */
    private boolean book(Meeting meeting, B2bSession session, OffsetDateTime start, int table) {
        if (!bookings.bookTable(meeting.id, session, start, table)) {
            return false;
        }
        if (bookings.bookParticipant(meeting.id, meeting.requesterId, session, start)
                && bookings.bookParticipant(meeting.id, meeting.inviteeId, session, start)) {
            meeting.placeAt(session, start, table);
            return true;
        }
        release(meeting);
        return false;
    }
}
