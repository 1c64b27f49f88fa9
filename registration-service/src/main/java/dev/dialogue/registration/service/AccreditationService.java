package dev.dialogue.registration.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.domain.SessionSeat;
import dev.dialogue.registration.messaging.ParticipantEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Approval, rejection and cancellation, and the seats they take and free. A seat is taken by an
 * update that only succeeds while the session has room, and a check constraint refuses any
 * overbooking, so concurrent approvals never exceed a session's capacity. A freed seat goes at
 * once to the first on that session's waiting list.
 */
@ApplicationScoped
public class AccreditationService {

    private static final Set<RegistrationStatus> CANCELLABLE =
            EnumSet.of(RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED, RegistrationStatus.WAITLISTED);

    private final EntityManager entityManager;
    private final ParticipantEvents events;

    AccreditationService(EntityManager entityManager, ParticipantEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional
    public RegistrationView approve(UUID id) {
        Registration registration = lock(id);
        if (registration.status != RegistrationStatus.SUBMITTED) {
            throw DomainException.conflict("registration " + id + " is " + registration.status + "; only SUBMITTED can be approved");
        }
        approveNow(registration);
        return RegistrationView.of(registration);
    }

    /** Takes the seats a registration asked for, or places it on the waiting lists. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approveNow(Registration registration) {
        for (SessionSeat seat : registration.seats) {
            if (takeSeat(seat.sessionId)) {
                seat.status = SeatStatus.ENROLLED;
            } else {
                // The ticket first: the query flushes, and a waiting seat without a ticket breaks a constraint.
                long ticket = ((Number) entityManager.createNativeQuery("select nextval('waitlist_ticket')")
                        .getSingleResult()).longValue();
                seat.status = SeatStatus.WAITLISTED;
                seat.waitlistTicket = ticket;
            }
        }
        boolean waitingForEverySeat = !registration.seats.isEmpty()
                && registration.seats.stream().allMatch(seat -> seat.status == SeatStatus.WAITLISTED);
        registration.status = waitingForEverySeat ? RegistrationStatus.WAITLISTED : RegistrationStatus.APPROVED;
        registration.statusReason = null;
        registration.issueBadge();
        entityManager.flush();
        events.publish(waitingForEverySeat ? EventType.PARTICIPANT_WAITLISTED : EventType.PARTICIPANT_APPROVED, registration);
    }

    @Transactional
    public RegistrationView reject(UUID id, String reason) {
        Registration registration = lock(id);
        if (!CANCELLABLE.contains(registration.status)) {
            throw DomainException.conflict("registration " + id + " is " + registration.status + " and cannot be rejected");
        }
        end(registration, RegistrationStatus.REJECTED, reason, EventType.PARTICIPANT_REJECTED);
        return RegistrationView.of(registration);
    }

    @Transactional
    public RegistrationView cancel(UUID id, String reason) {
        Registration registration = lock(id);
        if (!CANCELLABLE.contains(registration.status)) {
            throw DomainException.conflict("registration " + id + " is " + registration.status + " and cannot be cancelled");
        }
        end(registration, RegistrationStatus.CANCELLED, reason, EventType.PARTICIPANT_CANCELLED);
        return RegistrationView.of(registration);
    }

    /**
     * Withdraws an active registration without announcing it, for an erasure that announces
     * itself: its seats go to the next in line.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Registration registration) {
        if (CANCELLABLE.contains(registration.status)) {
            end(registration, RegistrationStatus.CANCELLED, null, null);
        }
    }

    /** Ends a registration, announcing the fact unless it is null, then gives its seats away. */
    private void end(Registration registration, RegistrationStatus status, String reason, EventType fact) {
        List<UUID> freed = registration.seats.stream()
                .filter(seat -> seat.status == SeatStatus.ENROLLED).map(seat -> seat.sessionId).toList();
        for (SessionSeat seat : registration.seats) {
            seat.status = SeatStatus.REQUESTED;
            seat.waitlistTicket = null;
        }
        registration.status = status;
        registration.statusReason = reason;
        entityManager.flush();
        if (fact != null) {
            events.publish(fact, registration);
        }
        for (UUID sessionId : freed) {
            entityManager.createNativeQuery("update forum_session set enrolled = enrolled - 1 where id = ?1")
                    .setParameter(1, sessionId).executeUpdate();
            promoteNext(sessionId);
        }
    }

    /** Gives a free seat to the first in line, if anyone waits. */
    private void promoteNext(UUID sessionId) {
        List<?> next = entityManager.createNativeQuery("""
                select registration_id from session_seat
                where session_id = ?1 and status = 'WAITLISTED' order by waitlist_ticket limit 1""")
                .setParameter(1, sessionId).getResultList();
        if (next.isEmpty() || !takeSeat(sessionId)) {
            return;
        }
        Registration promoted = lock((UUID) next.get(0));
        promoted.seats.stream().filter(seat -> seat.sessionId.equals(sessionId)).forEach(seat -> {
            seat.status = SeatStatus.ENROLLED;
            seat.waitlistTicket = null;
        });
        promoted.status = RegistrationStatus.APPROVED;
        entityManager.flush();
        events.publish(EventType.PARTICIPANT_PROMOTED, promoted);
    }

    /** One seat if the session has room: the row lock makes concurrent takers queue, the check refuses overbooking. */
    private boolean takeSeat(UUID sessionId) {
        return entityManager.createNativeQuery(
                        "update forum_session set enrolled = enrolled + 1 where id = ?1 and enrolled < capacity")
                .setParameter(1, sessionId).executeUpdate() == 1;
    }

    /**
     * Locks the registration's row, then reads it as committed; the caller must not have read it
     * earlier in the transaction. The lock is a plain statement: Hibernate locks a registration (read
     * with its organisation and seats joined) by a second select that it builds anew on every call,
     * which was a fifth of registration-service's CPU samples during approvals (BENCHMARKS.md).
     */
    Registration lock(UUID id) {
        boolean exists = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select 1 from registration where id = ? for no key update")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
        if (!exists) {
            throw DomainException.notFound("registration", id);
        }
        return entityManager.find(Registration.class, id);
    }
}
