package dev.dialogue.registration.messaging;

import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.domain.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Announces registration changes on {@code forum.participants.v1}, each with the full current state. */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;

    ParticipantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** One of the {@code PARTICIPANT_*} facts, with the registration's state after it. */
    public void publish(EventType fact, Registration registration) {
        outbox.publish(fact, registration.id.toString(), state(registration));
    }

    public void erased(Registration registration) {
        outbox.publish(EventType.PARTICIPANT_ERASED, registration.id.toString(),
                new ParticipantErased(registration.id, registration.forumId, registration.erasedAt));
    }

    /** The registration as the event contract and the REST API both present it. */
    public static ParticipantRegistration state(Registration registration) {
        var organisation = registration.organisation;
        return new ParticipantRegistration(registration.id, registration.forumId, registration.status,
                registration.fullName, registration.nameTransliterations, registration.email, registration.phone,
                registration.position,
                new Organisation(organisation.id, organisation.name, organisation.kind, organisation.country,
                        organisation.region),
                registration.category, List.copyOf(registration.languages), List.copyOf(registration.sectors),
                List.copyOf(registration.offers), List.copyOf(registration.seeks),
                registration.seats.stream()
                        .map(seat -> new SessionSeat(seat.sessionId, seat.status, seat.waitlistPosition())).toList(),
                new Consent(registration.consentTextVersion, registration.consentGivenAt), registration.statusReason,
                registration.registeredAt, registration.version);
    }
}
