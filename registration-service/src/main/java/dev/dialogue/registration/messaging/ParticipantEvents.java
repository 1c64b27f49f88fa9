package dev.dialogue.registration.messaging;

import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.domain.Registration;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces registration changes on {@code forum.participants.v1}, each with the full current state. */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;

    ParticipantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Registration registration) {
        outbox.publish(EventType.PARTICIPANT_REGISTERED, registration.id.toString(), state(registration));
    }

    static ParticipantRegistration state(Registration registration) {
        return new ParticipantRegistration(registration.id, registration.forumId, registration.status,
                registration.fullName, registration.email, registration.organisationName, registration.country,
                registration.registeredAt);
    }
}
