package dev.dialogue.registration.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationAnswered.FieldError;
import dev.dialogue.events.partners.RegistrationAnswered.Outcome;
import dev.dialogue.events.partners.RegistrationAnswered.PersonAnswer;
import dev.dialogue.events.partners.RegistrationAnswered.PersonOutcome;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.platform.web.ProblemException;
import dev.dialogue.registration.api.LocalizedTextRequest;
import dev.dialogue.registration.api.RegistrationRequest;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registrations that partner systems post over Kafka. Every request is answered on
 * {@code partner.registration-results.v1}, keyed by the partner's reference, in the same
 * transaction as the registrations it made: the whole request rejected (unknown source, a forum
 * not allowed or not open), or each person registered, already registered, or rejected with the
 * reason per field. The same rules apply as over REST.
 */
@ApplicationScoped
public class PartnerIntakeService {

    private final RegistrationService registrations;
    private final Validator validator;
    private final Outbox outbox;

    PartnerIntakeService(RegistrationService registrations, Validator validator, Outbox outbox) {
        this.registrations = registrations;
        this.validator = validator;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(URI source, RegistrationRequested request) {
        outbox.publish(EventType.PARTNER_REGISTRATION_ANSWERED, request.reference(), answer(source.toString(), request));
    }

    private RegistrationAnswered answer(String source, RegistrationRequested request) {
        Optional<Partner> partner = Partner.findBySource(source);
        if (partner.isEmpty()) {
            return rejected(request, "unknown source " + source + ": an admin registers partner systems first");
        }
        if (!partner.get().mayRegisterInto(request.forumId())) {
            return rejected(request, "partner " + partner.get().id + " may not register into forum " + request.forumId());
        }
        Optional<Forum> forum = Forum.findByIdOptional(request.forumId());
        if (forum.isEmpty() || forum.get().status != ForumStatus.OPEN) {
            return rejected(request, "forum " + request.forumId() + (forum.isEmpty() ? " does not exist"
                    : " is " + forum.get().status + ": registrations are not open"));
        }
        List<PersonAnswer> answers = new ArrayList<>();
        for (int i = 0; i < request.participants().size(); i++) {
            answers.add(register(forum.get(), i, request.participants().get(i)));
        }
        long rejected = answers.stream().filter(answer -> answer.outcome() == PersonOutcome.REJECTED).count();
        Outcome outcome = rejected == 0 ? Outcome.ACCEPTED : rejected == answers.size() ? Outcome.REJECTED : Outcome.PARTIALLY_ACCEPTED;
        return new RegistrationAnswered(request.reference(), request.forumId(), outcome, null, answers);
    }

    private PersonAnswer register(Forum forum, int index, DelegationMember member) {
        String prefix = "participants[" + index + "].";
        RegistrationRequest request = asRequest(member);
        List<FieldError> invalid = validator.validate(request).stream()
                .map(violation -> new FieldError(prefix + violation.getPropertyPath(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!invalid.isEmpty()) {
            return new PersonAnswer(index, member.personReference(), PersonOutcome.REJECTED, null, invalid);
        }
        Optional<ProblemException> obstacle = registrations.obstacle(forum, request);
        if (obstacle.isEmpty()) {
            UUID id = registrations.create(forum, request).participantId();
            return new PersonAnswer(index, member.personReference(), PersonOutcome.REGISTERED, id, List.of());
        }
        ProblemException problem = obstacle.get();
        Object existing = problem.properties().get("existingId");
        if (existing != null) {
            return new PersonAnswer(index, member.personReference(), PersonOutcome.ALREADY_REGISTERED, (UUID) existing, List.of());
        }
        String field = String.valueOf(problem.properties().getOrDefault("field", "participant"));
        return new PersonAnswer(index, member.personReference(), PersonOutcome.REJECTED, null,
                List.of(new FieldError(prefix + field, problem.getMessage())));
    }

    private static RegistrationAnswered rejected(RegistrationRequested request, String reason) {
        return new RegistrationAnswered(request.reference(), request.forumId(), Outcome.REJECTED, reason, List.of());
    }

    private static RegistrationRequest asRequest(DelegationMember member) {
        DelegationMember.Organisation organisation = member.organisation();
        return new RegistrationRequest(member.fullName(), text(member.nameTransliterations()), member.email(),
                member.phone(), member.position(),
                new RegistrationRequest.OrganisationRequest(text(organisation.name()), organisation.kind(),
                        organisation.country(), organisation.region()),
                member.category(), member.languages(), member.sectors(), interests(member.offers()),
                interests(member.seeks()), member.sessions(),
                new RegistrationRequest.ConsentRequest(member.consent().textVersion(), member.consent().givenAt()));
    }

    private static LocalizedTextRequest text(LocalizedText text) {
        return text == null ? null : new LocalizedTextRequest(text.ru(), text.zh(), text.en());
    }

    private static List<RegistrationRequest.InterestRequest> interests(List<Interest> interests) {
        return interests == null ? null
                : interests.stream().map(interest -> new RegistrationRequest.InterestRequest(interest.type(), interest.text())).toList();
    }
}
