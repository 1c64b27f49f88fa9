package dev.dialogue.agreement.service;

import static dev.dialogue.agreement.service.AgreementChanges.details;

import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.SignatoryStatus;
import dev.dialogue.events.agreements.SigningOrder;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An admin drafts an agreement and completes it: its details, its parties and their signatories. */
@ApplicationScoped
public class AgreementDrafts {

    private final AgreementChanges changes;

    AgreementDrafts(AgreementChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Agreement draft(AgreementRequest request, String actor) {
        AgreementRecord agreement = new AgreementRecord();
        agreement.id = UUID.randomUUID();
        agreement.forumId = request.forumId();
        agreement.status = AgreementStatus.DRAFT;
        agreement.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        takeDetails(agreement, request);
        agreement.persist();
        return changes.record(agreement, actor, "DRAFTED", details("parties", agreement.parties.size()),
                EventType.AGREEMENT_DRAFTED);
    }

    /** Replaces a draft's details, parties and signatories. */
    @Transactional
    public Agreement complete(UUID id, AgreementRequest request, String actor) {
        AgreementRecord agreement = changes.lock(id);
        agreement.require(EnumSet.of(AgreementStatus.DRAFT), "only a draft's details change");
        if (!agreement.forumId.equals(request.forumId())) {
            throw DomainException.invalid("forumId", "an agreement stays in forum " + agreement.forumId);
        }
        takeDetails(agreement, request);
        return changes.record(agreement, actor, "DETAILS_CHANGED", details("parties", agreement.parties.size()),
                EventType.AGREEMENT_UPDATED);
    }

    private void takeDetails(AgreementRecord agreement, AgreementRequest request) {
        LocalizedText title = request.title().toText();
        AgreementRecord.requireText(title, "title");
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw DomainException.invalid("validTo", "the validity period ends before it starts");
        }
        if ((request.value() == null) != (request.currency() == null)) {
            throw DomainException.invalid(request.value() == null ? "value" : "currency", "a value goes with its currency");
        }
        if (request.signingDeadline() != null && !request.signingDeadline().isAfter(OffsetDateTime.now())) {
            throw DomainException.invalid("signingDeadline", "must be in the future");
        }
        List<AgreementRecord.Party> parties = new ArrayList<>();
        List<AgreementRecord.Signatory> signatories = new ArrayList<>();
        Set<UUID> organisations = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        for (int i = 0; i < request.parties().size(); i++) {
            AgreementRequest.Party requested = request.parties().get(i);
            String field = "parties[" + i + "]";
            if (!organisations.add(requested.organisationId())) {
                throw DomainException.invalid(field + ".organisationId", "the same organisation is a party twice");
            }
            Participant anyone = Participant.<Participant>find("forumId = ?1 and organisationId = ?2", request.forumId(),
                    requested.organisationId()).firstResult();
            if (anyone == null) {
                throw DomainException.invalid(field + ".organisationId", requested.organisationId()
                        + " is not an organisation registered for forum " + request.forumId());
            }
            parties.add(AgreementRecord.Party.of(i + 1, anyone));
            List<AgreementRequest.Signatory> requestedSignatories = requested.signatories() == null ? List.of()
                    : requested.signatories();
            for (int j = 0; j < requestedSignatories.size(); j++) {
                signatories.add(signatory(request.forumId(), i + 1, requested.organisationId(), requestedSignatories.get(j),
                        field + ".signatories[" + j + "].participantId", people));
            }
        }
        agreement.kind = request.kind();
        agreement.title = title;
        agreement.sectors = request.sectors() == null ? new ArrayList<>() : new ArrayList<>(request.sectors());
        agreement.signingOrder = request.signingOrder() == null ? SigningOrder.PARALLEL : request.signingOrder();
        agreement.prevailingLanguage = request.prevailingLanguage();
        agreement.validFrom = request.validFrom();
        agreement.validTo = request.validTo();
        agreement.value = request.value();
        agreement.currency = request.currency();
        agreement.signingDeadline = request.signingDeadline();
        agreement.parties.clear();
        agreement.parties.addAll(parties);
        agreement.signatories.clear();
        agreement.signatories.addAll(signatories);
    }

    private static AgreementRecord.Signatory signatory(String forumId, int position, UUID organisationId,
            AgreementRequest.Signatory requested, String field, Set<UUID> people) {
        Participant participant = Participant.<Participant>findByIdOptional(requested.participantId())
                .filter(candidate -> candidate.forumId.equals(forumId))
                .orElseThrow(() -> DomainException.invalid(field, requested.participantId() + " is not a participant of forum "
                        + forumId));
        if (!participant.organisationId.equals(organisationId)) {
            throw DomainException.invalid(field, requested.participantId() + " belongs to another organisation ("
                    + participant.organisationName + ")");
        }
        if (!participant.accredited()) {
            throw DomainException.invalid(field, requested.participantId() + " is not accredited (" + participant.status + ")");
        }
        if (!people.add(requested.participantId())) {
            throw DomainException.invalid(field, requested.participantId() + " is a signatory twice");
        }
        AgreementRecord.Signatory signatory = new AgreementRecord.Signatory();
        signatory.participantId = requested.participantId();
        signatory.partyPosition = position;
        signatory.role = requested.role();
        signatory.status = SignatoryStatus.PENDING;
        return signatory;
    }
}
