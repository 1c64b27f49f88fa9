package dev.dialogue.matchmaking.persistence;

import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.Availability;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Interval;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.platform.persistence.RowLocks;
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
 * The booking tables: a table in a slot, a participant in a slot, each keyed so that an insert
 * skips when the place is taken; two bookings racing for the last place cannot both get it. And
 * what keeps participants from meetings, read from the bookings, their sessions and their breaks.
 */
@ApplicationScoped
public class Bookings {

    private final EntityManager entityManager;
    private final RowLocks locks;
    private final int capPerSession;

    Bookings(EntityManager entityManager, RowLocks locks, MatchmakingConfig config) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.capPerSession = config.meetingsPerSession();
    }

    /** Holds the participants' profile rows until the transaction ends: their meetings are placed one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockParticipants(Collection<UUID> participantIds) {
        locks.lockRows(Profile.class, participantIds);
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

    /** False if the table is taken in that slot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean bookTable(UUID meetingId, B2bSession session, OffsetDateTime start, int table) {
        return entityManager.createNativeQuery("""
                insert into table_booking (session_id, slot_start, table_no, meeting_id) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, session.id).setParameter(2, start).setParameter(3, table).setParameter(4, meetingId)
                .executeUpdate() == 1;
    }

    /** False if the participant has a meeting in that slot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean bookParticipant(UUID meetingId, UUID participantId, B2bSession session, OffsetDateTime start) {
        return entityManager.createNativeQuery("""
                insert into participant_booking (participant_id, session_id, slot_start, meeting_id) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, participantId).setParameter(2, session.id).setParameter(3, start).setParameter(4, meetingId)
                .executeUpdate() == 1;
    }

    /** Whether none of these participants has a meeting starting then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allFree(Collection<UUID> participantIds, OffsetDateTime start) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from participant_booking where participant_id in (:who) and slot_start = :start""")
                .setParameter("who", participantIds).setParameter("start", start)
                .getSingleResult()).intValue() == 0;
    }

    /** Frees the meeting's table and its participants' time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID meetingId) {
        entityManager.createNativeQuery("delete from table_booking where meeting_id = ?1").setParameter(1, meetingId)
                .executeUpdate();
        entityManager.createNativeQuery("delete from participant_booking where meeting_id = ?1").setParameter(1, meetingId)
                .executeUpdate();
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
