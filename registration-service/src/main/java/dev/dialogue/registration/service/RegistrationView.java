package dev.dialogue.registration.service;

import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.persistence.Seats;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registration as organisers see it over REST: the person too, which the events leave out
 * (they carry the pseudonymous state, {@code ParticipantRegistration}).
 */
public record RegistrationView(
        UUID participantId,
        String forumId,
        RegistrationStatus status,
        String fullName,
        LocalizedText nameTransliterations,
        String email,
        String phone,
        String position,
        Organisation organisation,
        ParticipantCategory category,
        List<String> languages,
        List<Sector> sectors,
        List<Interest> offers,
        List<Interest> seeks,
        List<SessionSeat> sessions,
        Consent consent,
        String statusReason,
        OffsetDateTime registeredAt,
        long version) {

    public static RegistrationView of(Registration registration, Seats seats) {
        var organisation = registration.organisation;
        return new RegistrationView(registration.id, registration.forumId, registration.status,
                registration.fullName, registration.nameTransliterations, registration.email, registration.phone,
                registration.position,
                new Organisation(organisation.id, organisation.name, organisation.kind, organisation.country,
                        organisation.region),
                registration.category, List.copyOf(registration.languages), List.copyOf(registration.sectors),
                List.copyOf(registration.offers), List.copyOf(registration.seeks),
                registration.seats.stream()
                        .map(seat -> new SessionSeat(seat.sessionId, seat.status, seats.waitlistPosition(seat))).toList(),
                new Consent(registration.consentTextVersion, registration.consentGivenAt), registration.statusReason,
                registration.registeredAt, registration.version);
    }
}
