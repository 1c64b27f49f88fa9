package dev.dialogue.registration.domain;

import dev.dialogue.events.participants.SeatStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** A participant's place in one session they asked for. */
@Embeddable
public class SessionSeat {

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeatStatus status;

    /** Order on the session's waiting list; only while {@code WAITLISTED}. */
    @Column(name = "waitlist_ticket")
    public Long waitlistTicket;

    public static SessionSeat requested(UUID sessionId) {
        SessionSeat seat = new SessionSeat();
        seat.sessionId = sessionId;
        seat.status = SeatStatus.REQUESTED;
        return seat;
    }
}
