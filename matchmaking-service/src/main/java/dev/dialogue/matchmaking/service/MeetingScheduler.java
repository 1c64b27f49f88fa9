package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quick scheduling: an accepted meeting goes to the earliest slot of the forum's B2B sessions in
 * which both participants are free and a table is free. Each booking is an insert that skips when
 * its primary key is taken (a table in a slot, a participant in a slot), so two accepts racing for
 * the last slot cannot both get it; the loser moves on to the next slot or stays unscheduled.
 */
@ApplicationScoped
public class MeetingScheduler {

    private final EntityManager entityManager;

    MeetingScheduler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Places the meeting and returns true, or leaves it as it is when nothing is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean placeEarliest(Meeting meeting) {
        Set<Instant> busy = busySlots(meeting);
        for (B2bSession session : B2bSession.inForum(meeting.forumId)) {
            for (OffsetDateTime start : session.slotStarts()) {
                if (busy.contains(start.toInstant())) {
                    continue;
                }
                Set<Integer> taken = takenTables(session, start);
                for (int table = 1; table <= session.tables; table++) {
                    if (taken.contains(table)) {
                        continue;
                    }
                    if (book(meeting, session, start, table)) {
                        meeting.placeAt(session, start, table);
                        return true;
                    }
                    if (!participantsFree(meeting, start)) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Gives the meeting's table and the participants' time back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Meeting meeting) {
        entityManager.createNativeQuery("delete from table_booking where meeting_id = ?1").setParameter(1, meeting.id)
                .executeUpdate();
        entityManager.createNativeQuery("delete from participant_booking where meeting_id = ?1").setParameter(1, meeting.id)
                .executeUpdate();
        meeting.unplace();
    }

    /** All three rows or none: the table, then each participant. */
    private boolean book(Meeting meeting, B2bSession session, OffsetDateTime start, int table) {
        int tableTaken = entityManager.createNativeQuery("""
                insert into table_booking (session_id, slot_start, table_no, meeting_id) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, session.id).setParameter(2, start).setParameter(3, table).setParameter(4, meeting.id)
                .executeUpdate();
        if (tableTaken == 0) {
            return false;
        }
        if (bookParticipant(meeting.requesterId, start, meeting) && bookParticipant(meeting.inviteeId, start, meeting)) {
            return true;
        }
        release(meeting);
        return false;
    }

    private boolean bookParticipant(java.util.UUID participantId, OffsetDateTime start, Meeting meeting) {
        return entityManager.createNativeQuery("""
                insert into participant_booking (participant_id, slot_start, meeting_id) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, participantId).setParameter(2, start).setParameter(3, meeting.id)
                .executeUpdate() == 1;
    }

    private boolean participantsFree(Meeting meeting, OffsetDateTime start) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from participant_booking where participant_id in (?1, ?2) and slot_start = ?3""")
                .setParameter(1, meeting.requesterId).setParameter(2, meeting.inviteeId).setParameter(3, start)
                .getSingleResult()).intValue() == 0;
    }

    private Set<Instant> busySlots(Meeting meeting) {
        @SuppressWarnings("unchecked")
        List<Object> starts = entityManager.createNativeQuery(
                        "select slot_start from participant_booking where participant_id in (?1, ?2)")
                .setParameter(1, meeting.requesterId).setParameter(2, meeting.inviteeId).getResultList();
        Set<Instant> busy = new HashSet<>();
        starts.forEach(start -> busy.add(instant(start)));
        return busy;
    }

    private Set<Integer> takenTables(B2bSession session, OffsetDateTime start) {
        @SuppressWarnings("unchecked")
        List<Number> tables = entityManager.createNativeQuery(
                        "select table_no from table_booking where session_id = ?1 and slot_start = ?2")
                .setParameter(1, session.id).setParameter(2, start).getResultList();
        Set<Integer> taken = new HashSet<>();
        tables.forEach(table -> taken.add(table.intValue()));
        return taken;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
