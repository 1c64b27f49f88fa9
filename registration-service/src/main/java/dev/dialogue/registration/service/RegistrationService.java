package dev.dialogue.registration.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.platform.web.ProblemException;
import dev.dialogue.registration.api.RegistrationRequest;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.domain.SessionSeat;
import dev.dialogue.registration.messaging.ParticipantEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RegistrationService {

    private final OrganisationService organisations;
    private final AccreditationService accreditation;
    private final ParticipantEvents events;

    RegistrationService(OrganisationService organisations, AccreditationService accreditation, ParticipantEvents events) {
        this.organisations = organisations;
        this.accreditation = accreditation;
        this.events = events;
    }

    /**
     * Registers a person for an open forum; the registration and its event commit together. A
     * category the forum auto-approves is approved in the same transaction.
     */
    @Transactional
    public ParticipantRegistration register(String forumId, RegistrationRequest request) {
        Forum forum = ForumService.find(forumId);
        if (forum.status != ForumStatus.OPEN) {
            throw ProblemException.conflict("forum " + forumId + " is " + forum.status + ": registrations are not open");
        }
        Registration.findByEmail(forumId, request.email()).ifPresent(existing -> {
            throw ProblemException.conflict("email " + request.email() + " is already registered for forum " + forumId)
                    .with("existingId", existing.id);
        });
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.forumId = forumId;
        registration.fullName = request.fullName();
        registration.nameTransliterations = request.nameTransliterations() == null ? null
                : request.nameTransliterations().toText();
        registration.email = request.email();
        registration.phone = request.phone();
        registration.position = request.position();
        registration.organisation = organisations.resolve(request.organisation());
        registration.category = request.category();
        registration.languages = distinct(request.languages());
        registration.sectors = distinct(request.sectors());
        registration.offers = interests(request.offers());
        registration.seeks = interests(request.seeks());
        registration.seats = seats(forum, request.sessions());
        registration.consentTextVersion = request.consent().textVersion();
        registration.consentGivenAt = request.consent().givenAt();
        registration.status = RegistrationStatus.SUBMITTED;
        registration.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        registration.persist();
        events.publish(EventType.PARTICIPANT_REGISTERED, registration);
        if (forum.autoApprovedCategories.contains(registration.category)) {
            accreditation.approveNow(registration);
        }
        return ParticipantEvents.state(registration);
    }

    @Transactional
    public ParticipantRegistration get(UUID id) {
        return Registration.<Registration>findByIdOptional(id).map(ParticipantEvents::state)
                .orElseThrow(() -> ProblemException.notFound("registration", id));
    }

    private static List<SessionSeat> seats(Forum forum, List<UUID> sessionIds) {
        List<SessionSeat> seats = new ArrayList<>();
        List<UUID> wanted = distinct(sessionIds);
        for (int i = 0; i < wanted.size(); i++) {
            UUID sessionId = wanted.get(i);
            if (forum.session(sessionId).isEmpty()) {
                throw ProblemException.invalid("sessions[" + i + "]", "session " + sessionId + " is not part of forum " + forum.id);
            }
            seats.add(SessionSeat.requested(sessionId));
        }
        return seats;
    }

    private static List<Interest> interests(List<RegistrationRequest.InterestRequest> requests) {
        return requests == null ? new ArrayList<>()
                : new ArrayList<>(requests.stream().map(request -> new Interest(request.type(), request.text())).toList());
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
