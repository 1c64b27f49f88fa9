package dev.dialogue.registration.service;

import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationAnswered.FieldError;
import dev.dialogue.events.partners.RegistrationAnswered.Outcome;
import dev.dialogue.events.partners.RegistrationAnswered.PersonAnswer;
import dev.dialogue.events.partners.RegistrationAnswered.PersonOutcome;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.Organisation;
import dev.dialogue.registration.domain.Partner;
import dev.dialogue.registration.persistence.RegisteredEmails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Registrations that partner systems post over Kafka, each in its own topic space. Every request
 * is answered on the partner's {@code partner.<partnerId>.registration-results.v1}, keyed by the
 * partner's reference, in the same transaction as the registrations it made: the whole request
 * rejected (a partner not admitted or suspended, a forum not allowed or not open), or each person
 * registered, already registered by this partner (with the id), or rejected with the reason per
 * field (an email someone else registered among them). The same rules apply as
 * over REST.
 */
@ApplicationScoped
public class PartnerIntakeService {

    private final RegistrationService registrations;
    private final OrganisationService organisations;
    private final Validator validator;
    private final Outbox outbox;

    PartnerIntakeService(RegistrationService registrations, OrganisationService organisations, Validator validator,
            Outbox outbox) {
        this.registrations = registrations;
        this.organisations = organisations;
        this.validator = validator;
        this.outbox = outbox;
    }

    /** A request as it arrived: the partner system whose topic space it came from, and what it asks. */
    public record PartnerRequest(String partnerId, RegistrationRequested request) {
    }

    /**
     * Answers the requests in their order, as if one by one, but looks up what they need together:
     * the partners and forums once each, the emails already registered and the organisations in a
     * query or two for all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(List<PartnerRequest> requests) {
        Map<String, Optional<Partner>> partners = new HashMap<>();
        Map<String, Optional<Forum>> forums = new HashMap<>();
        List<Answer> answers = requests.stream().map(request -> admit(request, partners, forums)).toList();
        RegisteredEmails registered = RegisteredEmails.lookUp(answers.stream().filter(Answer::admitted)
                .collect(Collectors.groupingBy(answer -> answer.forum.id, Collectors.flatMapping(
                        answer -> answer.valid().map(person -> person.request.email()), Collectors.toList()))));
        List<Person> newcomers = new ArrayList<>();
        answers.stream().filter(Answer::admitted).forEach(answer -> answer.valid().forEach(person -> {
            decide(answer.forum, person, registered, Registrant.partner(answer.partnerId));
            if (person.answer == null) {
                newcomers.add(person);
            }
        }));
        List<Organisation> named = organisations.resolveAll(newcomers.stream().map(person -> person.request.organisation()).toList());
        for (int i = 0; i < newcomers.size(); i++) {
            newcomers.get(i).organisation = named.get(i);
        }
        for (Answer answer : answers) {
            answer.people.stream().filter(person -> person.answer == null).forEach(person -> {
                registrations.create(person.id, answer.forum, person.request, person.organisation,
                        Registrant.partner(answer.partnerId));
                person.answer = new PersonAnswer(person.index, person.member.personReference(), PersonOutcome.REGISTERED,
                        person.id, List.of());
            });
            outbox.publishToPartner(EventType.PARTNER_REGISTRATION_ANSWERED, answer.partnerId, answer.request.reference(),
                    answer.toEvent());
        }
    }

    /** Answers a request refused before it was read, with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(PartnerRequest request, String reason) {
        Answer answer = Answer.rejected(request, reason);
        outbox.publishToPartner(EventType.PARTNER_REGISTRATION_ANSWERED, answer.partnerId, answer.request.reference(),
                answer.toEvent());
    }

    /** The request rejected whole, or its people checked one by one against their fields. */
    private Answer admit(PartnerRequest partnerRequest, Map<String, Optional<Partner>> partners, Map<String, Optional<Forum>> forums) {
        RegistrationRequested request = partnerRequest.request();
        String partnerId = partnerRequest.partnerId();
        Optional<Partner> partner = partners.computeIfAbsent(partnerId, id -> Partner.findByIdOptional(id));
        if (partner.isEmpty()) {
            return Answer.rejected(partnerRequest, "partner " + partnerId + " is not admitted: an admin admits partner systems first");
        }
        if (partner.get().suspended()) {
            return Answer.rejected(partnerRequest, "partner " + partnerId + " is suspended");
        }
        if (!partner.get().mayRegisterInto(request.forumId())) {
            return Answer.rejected(partnerRequest, "partner " + partnerId + " may not register into forum " + request.forumId());
        }
        Optional<Forum> forum = forums.computeIfAbsent(request.forumId(), id -> Forum.findByIdOptional(id));
        if (forum.isEmpty() || forum.get().status != ForumStatus.OPEN) {
            return Answer.rejected(partnerRequest, "forum " + request.forumId() + (forum.isEmpty() ? " does not exist"
                    : " is " + forum.get().status + ": registrations are not open"));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < request.participants().size(); i++) {
            people.add(check(i, request.participants().get(i)));
        }
        return new Answer(partnerId, request, forum.get(), null, people);
    }

    private Person check(int index, DelegationMember member) {
        Person person = new Person(index, member, asRequest(member));
        List<FieldError> invalid = validator.validate(person.request).stream()
                .map(violation -> new FieldError(person.prefix() + violation.getPropertyPath(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!invalid.isEmpty()) {
            person.answer = new PersonAnswer(index, member.personReference(), PersonOutcome.REJECTED, null, invalid);
        }
        return person;
    }

    /**
     * Answers a valid person already registered or in the way of a rule; the others are left to
     * register. A person this partner registered before is answered ALREADY_REGISTERED with the id;
     * one registered by an organiser or another partner is REJECTED on the email, without an id
     * ({@link RegistrationService#obstacle} names the field instead).
     */
    private void decide(Forum forum, Person person, RegisteredEmails registered, Registrant registrant) {
        Optional<DomainException> obstacle = registrations.obstacle(forum, person.request, registered, registrant);
        if (obstacle.isEmpty()) {
            registered.add(forum.id, person.request.email(), new RegisteredEmails.Registered(person.id, registrant.partnerId()));
            return;
        }
        DomainException problem = obstacle.get();
        Object existing = problem.properties().get("existingId");
        if (existing != null) {
            person.answer = new PersonAnswer(person.index, person.member.personReference(), PersonOutcome.ALREADY_REGISTERED,
                    (UUID) existing, List.of());
            return;
        }
        String field = String.valueOf(problem.properties().getOrDefault("field", "participant"));
        person.answer = new PersonAnswer(person.index, person.member.personReference(), PersonOutcome.REJECTED, null,
                List.of(new FieldError(person.prefix() + field, problem.getMessage())));
    }

    /** The answer to one request as it takes shape: rejected whole, or an answer per person. */
    private record Answer(String partnerId, RegistrationRequested request, Forum forum, String rejection, List<Person> people) {

        static Answer rejected(PartnerRequest request, String reason) {
            return new Answer(request.partnerId(), request.request(), null, reason, List.of());
        }

        boolean admitted() {
            return rejection == null;
        }

        Stream<Person> valid() {
            return people.stream().filter(person -> person.answer == null);
        }

        RegistrationAnswered toEvent() {
            if (!admitted()) {
                return new RegistrationAnswered(request.reference(), request.forumId(), Outcome.REJECTED, rejection, List.of());
            }
            List<PersonAnswer> answers = people.stream().map(person -> person.answer).toList();
            long rejected = answers.stream().filter(answer -> answer.outcome() == PersonOutcome.REJECTED).count();
            Outcome outcome = rejected == 0 ? Outcome.ACCEPTED : rejected == answers.size() ? Outcome.REJECTED : Outcome.PARTIALLY_ACCEPTED;
            return new RegistrationAnswered(request.reference(), request.forumId(), outcome, null, answers);
        }
    }

    /** One person of a request: answered once checked, or registered under the id reserved here. */
    private static final class Person {

        final UUID id = UUID.randomUUID();
        final int index;
        final DelegationMember member;
        final RegistrationRequest request;
        PersonAnswer answer;
        Organisation organisation;

        Person(int index, DelegationMember member, RegistrationRequest request) {
            this.index = index;
            this.member = member;
            this.request = request;
        }

        String prefix() {
            return "participants[" + index + "].";
        }
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
