package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.Availability;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Interval;
import dev.dialogue.matchmaking.domain.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Books meetings into slots and tables. Quick scheduling puts an accepted meeting into the earliest
 * future slot of the forum's B2B sessions where both participants can meet and a table is free.
 * Each booking is an insert that skips when its primary key is taken (a table in a slot, a
 * participant in a slot), so two accepts racing for the last slot cannot both get it; the loser
 * moves on to the next slot or stays unscheduled. The participants' profile rows are locked while
 * one of their meetings is placed, so the per-session cap holds under concurrency too.
 */
@ApplicationScoped
public class MeetingScheduler {

    private final EntityManager entityManager;
    private final int capPerSession;

    MeetingScheduler(EntityManager entityManager, MatchmakingConfig config) {
        this.entityManager = entityManager;
        this.capPerSession = config.meetingsPerSession();
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
                Set<Integer> taken = takenTables(session, start);
                for (int table = 1; table <= session.tables; table++) {
                    if (taken.contains(table)) {
                        continue;
                    }
                    if (book(meeting, session, start, table)) {
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
        entityManager.createNativeQuery("delete from table_booking where meeting_id = ?1").setParameter(1, meeting.id)
                .executeUpdate();
        entityManager.createNativeQuery("delete from participant_booking where meeting_id = ?1").setParameter(1, meeting.id)
                .executeUpdate();
        meeting.unplace();
    }

    /** Everything that keeps these participants from meetings. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Availability availabilityOf(Collection<UUID> participantIds) {
        return load("select participant_id from profile where participant_id in (:who)", "who", participantIds);
    }

    /** Everything that keeps the forum's participants from meetings. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Availability availabilityIn(String forumId) {
        return load("select participant_id from profile where forum_id = :who", "who", forumId);
    }

    /** The tables of a slot that hold a meeting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Integer> takenTables(B2bSession session, OffsetDateTime start) {
        @SuppressWarnings("unchecked")
        List<Number> tables = entityManager.createNativeQuery(
                        "select table_no from table_booking where session_id = ?1 and slot_start = ?2")
                .setParameter(1, session.id).setParameter(2, start).getResultList();
        Set<Integer> taken = new HashSet<>();
        tables.forEach(table -> taken.add(table.intValue()));
        return taken;
    }

    private boolean bothCanMeet(Availability availability, Meeting meeting, B2bSession session, OffsetDateTime start) {
        return availability.canMeet(meeting.requesterId, session, start) && availability.canMeet(meeting.inviteeId, session, start);
    }

    /** Locks both profiles in a fixed order (no deadlock between two placements), then reads their calendars. */
    private Availability lockAndLoad(Meeting meeting) {
        entityManager.createNativeQuery("""
                select participant_id from profile where participant_id in (?1, ?2) order by participant_id for update""")
                .setParameter(1, meeting.requesterId).setParameter(2, meeting.inviteeId).getResultList();
        return availabilityOf(List.of(meeting.requesterId, meeting.inviteeId));
    }

    /** All three rows or none: the table, then each participant; then the meeting takes the place. */
    private boolean book(Meeting meeting, B2bSession session, OffsetDateTime start, int table) {
        int tableTaken = entityManager.createNativeQuery("""
                insert into table_booking (session_id, slot_start, table_no, meeting_id) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, session.id).setParameter(2, start).setParameter(3, table).setParameter(4, meeting.id)
                .executeUpdate();
        if (tableTaken == 0) {
            return false;
        }
        if (bookParticipant(meeting.requesterId, session, start, meeting) && bookParticipant(meeting.inviteeId, session, start, meeting)) {
            meeting.placeAt(session, start, table);
            return true;
        }
        release(meeting);
        return false;
    }

    private boolean bookParticipant(UUID participantId, B2bSession session, OffsetDateTime start, Meeting meeting) {
        return entityManager.createNativeQuery("""
                insert into participant_booking (participant_id, session_id, slot_start, meeting_id) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, participantId).setParameter(2, session.id).setParameter(3, start).setParameter(4, meeting.id)
                .executeUpdate() == 1;
    }

    private boolean participantsFree(Meeting meeting, OffsetDateTime start) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from participant_booking where participant_id in (?1, ?2) and slot_start = ?3""")
                .setParameter(1, meeting.requesterId).setParameter(2, meeting.inviteeId).setParameter(3, start)
                .getSingleResult()).intValue() == 0;
    }

    /** Three reads for the participants that {@code who} selects: their bookings, their sessions, their breaks. */
    private Availability load(String who, String parameter, Object value) {
        Availability availability = new Availability(capPerSession);
        for (Object[] row : rows("""
                with who as (%s)
                select b.participant_id, b.session_id, b.slot_start from participant_booking b join who using (participant_id)"""
                .formatted(who), parameter, value)) {
            availability.booked((UUID) row[0], (UUID) row[1], time(row[2]));
        }
        for (Object[] row : rows("""
                with who as (%s)
                select p.participant_id, s.starts_at, s.ends_at from profile p join who using (participant_id)
                join programme_session s on p.enrolled_sessions @> jsonb_build_array(s.id::text)""".formatted(who),
                parameter, value)) {
            availability.unavailable((UUID) row[0], new Interval(time(row[1]), time(row[2]), "SESSION"));
        }
        for (Object[] row : rows("""
                with who as (%s)
                select k.participant_id, k.starts_at, k.ends_at from participant_break k join who using (participant_id)"""
                .formatted(who), parameter, value)) {
            availability.unavailable((UUID) row[0], new Interval(time(row[1]), time(row[2]), "BREAK"));
        }
        return availability;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String parameter, Object value) {
        Query query = entityManager.createNativeQuery(sql).setParameter(parameter, value);
        return query.getResultList();
    }

    private static OffsetDateTime time(Object value) {
        return value instanceof OffsetDateTime time ? time : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
