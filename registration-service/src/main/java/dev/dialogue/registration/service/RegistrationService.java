package dev.dialogue.registration.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.Organisation;
import dev.dialogue.registration.domain.Partner;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.domain.SessionSeat;
import dev.dialogue.registration.messaging.ParticipantEvents;
import dev.dialogue.registration.persistence.RegisteredEmails;
import dev.dialogue.registration.persistence.Seats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationService {

    private final OrganisationService organisations;
    private final AccreditationService accreditation;
    private final ParticipantEvents events;
    private final Seats seats;

    RegistrationService(OrganisationService organisations, AccreditationService accreditation, ParticipantEvents events,
            Seats seats) {
        this.organisations = organisations;
        this.accreditation = accreditation;
        this.events = events;
        this.seats = seats;
    }

    /**
     * Registers a person for an open forum; the registration and its event commit together. A
     * category the forum auto-approves is approved in the same transaction. A partner registers
     * only into the forums it is allowed, while it is not suspended, as the partner stands in this
     * same transaction.
     */
    @Transactional
    public RegistrationView register(String forumId, RegistrationRequest request, Registrant registrant) {
        if (registrant.partnerId() != null && !Partner.<Partner>findByIdOptional(registrant.partnerId())
                .map(partner -> partner.mayRegisterInto(forumId)).orElse(false)) {
            throw DomainException.forbidden("partner " + registrant.partnerId() + " may not register into forum " + forumId);
        }
        Forum forum = ForumService.find(forumId);
        Optional<DomainException> obstacle = obstacle(forum, request, RegisteredEmails.lookUp(forum.id, request.email()),
                registrant);
        if (obstacle.isPresent()) {
            throw obstacle.get();
        }
        return create(UUID.randomUUID(), forum, request, organisations.resolve(request.organisation()), registrant);
    }

    /**
     * What stands in the way of registering the person, if anything: a forum that is not open, the
     * email already registered (with {@code existingId} when the registrant may learn it, else with
     * {@code field} email), a session of another forum (with {@code field}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<DomainException> obstacle(Forum forum, RegistrationRequest request, RegisteredEmails registered,
            Registrant registrant) {
        if (forum.status != ForumStatus.OPEN) {
            return Optional.of(DomainException.conflict("forum " + forum.id + " is " + forum.status
                    + ": registrations are not open"));
        }
        Optional<RegisteredEmails.Registered> existing = registered.find(forum.id, request.email());
        if (existing.isPresent()) {
            DomainException taken = DomainException.conflict("email " + request.email() + " is already registered for forum "
                    + forum.id);
            return Optional.of(registrant.mayLearnIdOf(existing.get().partnerId()) ? taken.with("existingId", existing.get().id())
                    : taken.with("field", "email"));
        }
        List<UUID> sessions = distinct(request.sessions());
        for (int i = 0; i < sessions.size(); i++) {
            if (forum.session(sessions.get(i)).isEmpty()) {
                return Optional.of(DomainException.invalid("sessions[" + i + "]", "session " + sessions.get(i)
                        + " is not part of forum " + forum.id));
            }
        }
        return Optional.empty();
    }

    /** Registers a person nothing stands in the way of (see {@link #obstacle}), of an organisation already resolved. */
    @Transactional(Transactional.TxType.MANDATORY)
    RegistrationView create(UUID id, Forum forum, RegistrationRequest request, Organisation organisation,
            Registrant registrant) {
        Registration registration = new Registration();
        registration.id = id;
        registration.forumId = forum.id;
        registration.registeredByPartner = registrant.partnerId();
        registration.fullName = request.fullName();
        registration.nameTransliterations = request.nameTransliterations() == null ? null
                : request.nameTransliterations().toText();
        registration.email = request.email();
        registration.phone = request.phone();
        registration.position = request.position();
        registration.organisation = organisation;
        registration.category = request.category();
        registration.languages = distinct(request.languages());
        registration.sectors = distinct(request.sectors());
        registration.offers = interests(request.offers());
        registration.seeks = interests(request.seeks());
        registration.seats = new ArrayList<>(distinct(request.sessions()).stream().map(SessionSeat::requested).toList());
        registration.consentTextVersion = request.consent().textVersion();
        registration.consentGivenAt = request.consent().givenAt();
        registration.status = RegistrationStatus.SUBMITTED;
        registration.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        registration.persist();
        events.publish(EventType.PARTICIPANT_REGISTERED, registration);
        events.detailsRecorded(registration);
        if (forum.autoApprovedCategories.contains(registration.category)) {
            accreditation.approveNow(registration);
        }
        return RegistrationView.of(registration, seats);
    }

    @Transactional
    public RegistrationView get(UUID id) {
        return Registration.<Registration>findByIdOptional(id).map(registration -> RegistrationView.of(registration, seats))
                .orElseThrow(() -> DomainException.notFound("registration", id));
    }

    private static List<Interest> interests(List<RegistrationRequest.InterestRequest> requests) {
        return requests == null ? new ArrayList<>()
                : new ArrayList<>(requests.stream().map(request -> new Interest(request.type(), request.text())).toList());
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
