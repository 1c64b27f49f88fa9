package dev.dialogue.registration.persistence;

import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.registration.domain.SessionSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seats of a session: its count of enrolled, which an update raises only while there is room
 * (and a check constraint refuses any overbooking), and its waiting list, ordered by ticket.
 * Concurrent takers of a session's last seat queue on its row; one gets it.
 */
@ApplicationScoped
public class Seats {

    private final EntityManager entityManager;

    Seats(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One seat if the session has room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(UUID sessionId) {
        return entityManager.createNativeQuery(
                        "update forum_session set enrolled = enrolled + 1 where id = ?1 and enrolled < capacity")
                .setParameter(1, sessionId).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void free(UUID sessionId) {
        entityManager.createNativeQuery("update forum_session set enrolled = enrolled - 1 where id = ?1")
                .setParameter(1, sessionId).executeUpdate();
    }

    /** The next place on any waiting list. Taken before the seat changes: the query flushes, and a waiting seat needs its ticket. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextWaitlistTicket() {
        return ((Number) entityManager.createNativeQuery("select nextval('waitlist_ticket')").getSingleResult()).longValue();
    }

    /** Where the seat stands in its session's waiting list now, counting from 1; null unless it waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Integer waitlistPosition(SessionSeat seat) {
        if (seat.status != SeatStatus.WAITLISTED) {
            return null;
        }
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from session_seat
                where session_id = ?1 and status = 'WAITLISTED' and waitlist_ticket <= ?2""")
                .setParameter(1, seat.sessionId).setParameter(2, seat.waitlistTicket).getSingleResult()).intValue();
    }

    /** The registration first on the session's waiting list, if anyone waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> firstWaiting(UUID sessionId) {
        List<?> next = entityManager.createNativeQuery("""
                select registration_id from session_seat
                where session_id = ?1 and status = 'WAITLISTED' order by waitlist_ticket limit 1""")
                .setParameter(1, sessionId).getResultList();
        return next.stream().map(UUID.class::cast).findFirst();
    }
}
