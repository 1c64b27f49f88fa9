package dev.dialogue.registration.messaging;

import dev.dialogue.events.EventType;
import dev.dialogue.events.Topic;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.persistence.Seats;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Announces registration changes on {@code forum.participants.v1}, each with the full current state
 * under the participant's pseudonymous id, and who the person is on {@code personal.participants.v1},
 * the compacted topic that an erasure empties.
 */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;
    private final Seats seats;

    ParticipantEvents(Outbox outbox, Seats seats) {
        this.outbox = outbox;
        this.seats = seats;
    }

    /** One of the {@code PARTICIPANT_*} facts, with the registration's state after it. */
    public void publish(EventType fact, Registration registration) {
        outbox.publish(fact, registration.id.toString(), state(registration));
    }

    /** Who the person is, for the services that show or print their name. */
    public void detailsRecorded(Registration registration) {
        outbox.publish(EventType.PARTICIPANT_DETAILS_RECORDED, registration.id.toString(),
                new ParticipantDetails(registration.id, registration.forumId, registration.fullName,
                        registration.nameTransliterations, registration.position));
    }

    /**
     * The person is erased: every outbox row that may hold their data goes, the compacted topic gets
     * the tombstone of their details, and the other services are told to forget them.
     */
    public void erased(Registration registration) {
        outbox.forget(registration.id, Topic.PARTICIPANTS, Topic.PARTICIPANT_DETAILS);
        outbox.publishTombstone(EventType.PARTICIPANT_DETAILS_ERASED, registration.id.toString());
        outbox.publish(EventType.PARTICIPANT_ERASED, registration.id.toString(),
                new ParticipantErased(registration.id, registration.forumId, registration.erasedAt));
    }

    /** The tombstone once more, after the compaction lag, so that the segment holding the first one rolls. */
    public void detailsErasedAgain(UUID participantId) {
        outbox.publishTombstone(EventType.PARTICIPANT_DETAILS_ERASED, participantId.toString());
    }

    private ParticipantRegistration state(Registration registration) {
        var organisation = registration.organisation;
        return new ParticipantRegistration(registration.id, registration.forumId, registration.status,
                new Organisation(organisation.id, organisation.name, organisation.kind, organisation.country,
                        organisation.region),
                registration.category, List.copyOf(registration.languages), List.copyOf(registration.sectors),
                types(registration.offers), types(registration.seeks),
                registration.seats.stream()
                        .map(seat -> new SessionSeat(seat.sessionId, seat.status, seats.waitlistPosition(seat))).toList(),
                new Consent(registration.consentTextVersion, registration.consentGivenAt),
                registration.registeredAt, registration.version);
    }

    private static List<InterestType> types(List<Interest> interests) {
        return interests.stream().map(Interest::type).distinct().toList();
    }
}
