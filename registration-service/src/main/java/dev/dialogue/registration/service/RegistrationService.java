package dev.dialogue.registration.service;

import dev.dialogue.platform.web.ProblemException;
import dev.dialogue.registration.api.RegistrationRequest;
import dev.dialogue.registration.api.RegistrationView;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.messaging.ParticipantEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class RegistrationService {

    private final ParticipantEvents events;

    RegistrationService(ParticipantEvents events) {
        this.events = events;
    }

    /** Registers a person; the registration and its event commit together. */
    @Transactional
    public RegistrationView register(String forumId, RegistrationRequest request) {
        Registration.findByEmail(forumId, request.email()).ifPresent(existing -> {
            throw ProblemException.conflict("email " + request.email() + " is already registered for forum " + forumId)
                    .with("existingId", existing.id);
        });
        Registration registration = Registration.submit(forumId, request.fullName(), request.email(),
                request.organisationName(), request.country(), OffsetDateTime.now(ZoneOffset.UTC));
        registration.persist();
        events.registered(registration);
        return RegistrationView.of(registration);
    }

    @Transactional
    public RegistrationView get(UUID id) {
        return Registration.<Registration>findByIdOptional(id).map(RegistrationView::of)
                .orElseThrow(() -> ProblemException.notFound("registration", id));
    }
}
