package dev.dialogue.registration.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.persistence.RowLocks;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.messaging.ParticipantEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Badges and the entrance: a scan checks a participant in once, however often it is replayed. */
@ApplicationScoped
public class CheckInService {

    private final RowLocks locks;
    private final ParticipantEvents events;

    CheckInService(RowLocks locks, ParticipantEvents events) {
        this.locks = locks;
        this.events = events;
    }

    @Transactional
    public Badge badge(UUID id) {
        Registration registration = Registration.<Registration>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("registration", id));
        if (registration.badgeToken == null) {
            throw DomainException.conflict("registration " + id + " is " + registration.status + " and has no badge yet");
        }
        return Badge.of(registration);
    }

    @Transactional
    public CheckIn checkIn(String scanned) {
        String token = Badge.tokenOf(scanned);
        Registration registration = Registration.findByBadge(token)
                .filter(locks::relock)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "Unknown badge", "no participant holds this badge"));
        switch (registration.status) {
            case CHECKED_IN -> {
                return CheckIn.of(registration, true);
            }
            case APPROVED, WAITLISTED -> {
                registration.status = RegistrationStatus.CHECKED_IN;
                registration.checkedInAt = OffsetDateTime.now(ZoneOffset.UTC);
                Registration.getEntityManager().flush();
                events.publish(EventType.PARTICIPANT_CHECKED_IN, registration);
                return CheckIn.of(registration, false);
            }
            default -> throw DomainException.conflict("badge refused: the registration is " + registration.status
                    + (registration.statusReason == null ? "" : " (" + registration.statusReason + ")"))
                    .with("registrationStatus", registration.status);
        }
    }
}
