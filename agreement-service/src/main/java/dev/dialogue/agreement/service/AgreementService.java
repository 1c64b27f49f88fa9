package dev.dialogue.agreement.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialogue.agreement.api.AgreementRequest;
import dev.dialogue.agreement.api.ProjectRequest;
import dev.dialogue.agreement.config.AgreementConfig;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.AuditChain;
import dev.dialogue.agreement.domain.DocumentVersion;
import dev.dialogue.agreement.domain.JointProject;
import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.agreement.messaging.AgreementEvents;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.ProjectStatus;
import dev.dialogue.events.agreements.SignatoryRole;
import dev.dialogue.events.agreements.SignatoryStatus;
import dev.dialogue.events.agreements.SigningOrder;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An agreement's life: drafted (or suggested by a meeting), completed, documents added, opened,
 * approved and signed in turn, executed; or declined, voided, expired. Every change locks the
 * agreement's row, appends to its audit chain and announces the full agreement, in one transaction.
 */
@ApplicationScoped
public class AgreementService {

    /** The longest title in a language, as the events' schema and the REST request allow. */
    private static final int TITLE_LIMIT = 500;

    /**
     * Every change of an agreement is announced with all its joint projects: at most this many,
     * titled at most 500 characters per language, keep that event within the outbox's limit.
     */
    public static final int MAX_PROJECTS = 50;

    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";

    private final AuditTrail audit;
    private final AgreementEvents events;
    private final AgreementConfig config;

    AgreementService(AuditTrail audit, AgreementEvents events, AgreementConfig config) {
        this.audit = audit;
        this.events = events;
        this.config = config;
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
        return record(agreement, actor, "DRAFTED", details("parties", agreement.parties.size()), EventType.AGREEMENT_DRAFTED);
    }

    /** Replaces a draft's details, parties and signatories. */
    @Transactional
    public Agreement complete(UUID id, AgreementRequest request, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(EnumSet.of(AgreementStatus.DRAFT), "only a draft's details change");
        if (!agreement.forumId.equals(request.forumId())) {
            throw DomainException.invalid("forumId", "an agreement stays in forum " + agreement.forumId);
        }
        takeDetails(agreement, request);
        return record(agreement, actor, "DETAILS_CHANGED", details("parties", agreement.parties.size()), EventType.AGREEMENT_UPDATED);
    }

    /**
     * A new version of the text in one language. Editing an agreement already open for signing
     * voids the signatures and approvals given on the old text: everyone acts again on the new one.
     */
    @Transactional
    public Agreement addDocument(UUID id, String language, String mediaType, byte[] content, boolean prevailing, String actor) {
        if (!DocumentVersion.LANGUAGES.contains(language)) {
            throw DomainException.invalid("language", "one of ru, zh, en");
        }
        checkContent(mediaType, content);
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(AgreementRecord.UNSETTLED, "its documents no longer change");
        DocumentVersion document = new DocumentVersion();
        document.id = UUID.randomUUID();
        document.agreementId = id;
        document.language = language;
        document.version = DocumentVersion.find(id, language, null).map(previous -> previous.version + 1).orElse(1);
        document.mediaType = mediaType;
        document.content = content;
        document.sha256 = AuditChain.sha256(content);
        document.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        document.persist();
        if (prevailing) {
            agreement.prevailingLanguage = language;
        }
        ObjectNode details = details("language", language).put("version", document.version).put("sha256", document.sha256)
                .put("size", content.length).put("mediaType", mediaType).put("prevailing", prevailing);
        audit.append(id, actor, "DOCUMENT_VERSION_ADDED", details);
        if (AgreementRecord.SIGNING.contains(agreement.status) && agreement.signatories.stream().anyMatch(s -> s.actedAt != null)) {
            agreement.signatories.forEach(signatory -> {
                signatory.status = SignatoryStatus.PENDING;
                signatory.actedAt = null;
            });
            agreement.status = AgreementStatus.OPEN;
            audit.append(id, actor, "SIGNATURES_VOIDED", details("reason", "document " + language + " changed"));
        }
        return events.publish(EventType.AGREEMENT_UPDATED, agreement, audit.head(id));
    }

    /** Freezes the documents for signing: the hashes signatories must quote are those current now. */
    @Transactional
    public Agreement open(UUID id, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(EnumSet.of(AgreementStatus.DRAFT), "only a draft is opened");
        Map<String, String> hashes = DocumentVersion.currentHashes(id);
        if (hashes.isEmpty()) {
            throw DomainException.conflict("agreement " + id + " has no document to sign");
        }
        if (agreement.prevailingLanguage != null && !hashes.containsKey(agreement.prevailingLanguage)) {
            throw DomainException.conflict("the prevailing language " + agreement.prevailingLanguage + " has no document");
        }
        for (AgreementRecord.Party party : agreement.parties) {
            if (agreement.signatoriesOf(party.position).stream().noneMatch(s -> s.role == SignatoryRole.SIGNER)) {
                throw DomainException.conflict("party " + party.position + " (" + party.organisationName + ") has no signer");
            }
        }
        if (agreement.signingDeadline != null && !agreement.signingDeadline.isAfter(OffsetDateTime.now())) {
            throw DomainException.conflict("the signing deadline " + agreement.signingDeadline + " has passed");
        }
        agreement.status = AgreementStatus.OPEN;
        ObjectNode details = details("signingOrder", agreement.signingOrder.name());
        details.set("documentHashes", hashes(hashes));
        return record(agreement, actor, "OPENED", details, EventType.AGREEMENT_OPENED);
    }

    /**
     * A signatory approves (approvers) or signs (signers, witnesses) the current documents. Their
     * turn: a party's approvers before its signers; with SEQUENTIAL order, every earlier party
     * first. A repeat has no second effect.
     */
    @Transactional
    public Agreement act(UUID id, UUID participantId, boolean approve, Map<String, String> quotedHashes, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(AgreementRecord.SIGNING, "it is not open for signing");
        AgreementRecord.Signatory signatory = agreement.signatory(participantId)
                .orElseThrow(() -> DomainException.forbidden(participantId + " is not a signatory of agreement " + id));
        if (approve != (signatory.role == SignatoryRole.APPROVER)) {
            throw DomainException.forbidden(approve ? "a signer or witness signs; only approvers approve"
                    : "an approver approves; only signers and witnesses sign");
        }
        if (signatory.done()) {
            return AgreementEvents.state(agreement, audit.head(id));
        }
        Participant participant = Participant.findById(participantId);
        if (participant == null || !participant.accredited()) {
            throw DomainException.forbidden(participantId + " is no longer accredited to the forum and cannot sign");
        }
        Map<String, String> current = DocumentVersion.currentHashes(id);
        if (!current.equals(quotedHashes)) {
            throw DomainException.conflict("the quoted document hashes are not the current ones; read the agreement again")
                    .with("currentHashes", current);
        }
        checkTurn(agreement, signatory);
        signatory.status = approve ? SignatoryStatus.APPROVED : SignatoryStatus.SIGNED;
        signatory.actedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!approve) {
            agreement.status = AgreementStatus.PARTIALLY_SIGNED;
        }
        ObjectNode details = details("participantId", participantId.toString()).put("role", signatory.role.name())
                .put("party", signatory.partyPosition);
        details.set("documentHashes", hashes(current));
        Agreement state = record(agreement, actor, approve ? "APPROVED" : "SIGNED", details,
                approve ? EventType.AGREEMENT_APPROVED : EventType.AGREEMENT_SIGNED);
        if (agreement.everyoneHasActed()) {
            agreement.status = AgreementStatus.EXECUTED;
            details = details("signatories", agreement.signatories.size());
            details.set("documentHashes", hashes(current));
            state = record(agreement, "system", "EXECUTED", details, EventType.AGREEMENT_EXECUTED);
        }
        return state;
    }

    /** A signatory declines; their reason stays beside the agreement, only its hash goes in the chain. */
    @Transactional
    public Agreement decline(UUID id, UUID participantId, String reason, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(AgreementRecord.SIGNING, "it is not open for signing");
        AgreementRecord.Signatory signatory = agreement.signatory(participantId)
                .orElseThrow(() -> DomainException.forbidden(participantId + " is not a signatory of agreement " + id));
        signatory.status = SignatoryStatus.DECLINED;
        signatory.actedAt = OffsetDateTime.now(ZoneOffset.UTC);
        agreement.status = AgreementStatus.DECLINED;
        agreement.statusReason = reason;
        agreement.statusReasonBy = participantId;
        return record(agreement, actor, "DECLINED", details("participantId", participantId.toString())
                .put("reasonSha256", AuditChain.sha256(reason.getBytes(StandardCharsets.UTF_8))), EventType.AGREEMENT_DECLINED);
    }

    @Transactional
    public Agreement voidAgreement(UUID id, String reason, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(AgreementRecord.UNSETTLED, "it can no longer be voided");
        agreement.status = AgreementStatus.VOIDED;
        agreement.statusReason = reason;
        agreement.statusReasonBy = null;
        return record(agreement, actor, "VOIDED", details("reasonSha256",
                AuditChain.sha256(reason.getBytes(StandardCharsets.UTF_8))), EventType.AGREEMENT_VOIDED);
    }

    @Transactional
    public Agreement registerProject(UUID id, ProjectRequest request, String actor) {
        LocalizedText title = request.title().toText();
        requireText(title, "title");
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(EnumSet.of(AgreementStatus.EXECUTED), "only an executed agreement has joint projects");
        if (JointProject.count("agreementId", id) >= MAX_PROJECTS) {
            throw DomainException.invalid("projects", "an agreement has at most " + MAX_PROJECTS + " joint projects");
        }
        JointProject project = new JointProject();
        project.id = UUID.randomUUID();
        project.agreementId = id;
        project.sector = request.sector();
        project.title = title;
        project.status = request.status() == null ? ProjectStatus.IDEA : request.status();
        project.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        project.persist();
        return record(agreement, actor, "PROJECT_REGISTERED", details("projectId", project.id.toString())
                .put("sector", project.sector.name()).put("status", project.status.name()), EventType.AGREEMENT_PROJECT_REGISTERED);
    }

    /** A project only moves forward: IDEA → ACTIVE → COMPLETED. */
    @Transactional
    public Agreement progressProject(UUID id, UUID projectId, ProjectStatus status, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        JointProject project = JointProject.<JointProject>findByIdOptional(projectId)
                .filter(candidate -> candidate.agreementId.equals(id))
                .orElseThrow(() -> DomainException.notFound("joint project", projectId));
        if (status.ordinal() <= project.status.ordinal()) {
            throw DomainException.conflict("project " + projectId + " is " + project.status + " and cannot become " + status);
        }
        project.status = status;
        return record(agreement, actor, "PROJECT_PROGRESSED", details("projectId", projectId.toString())
                .put("status", status.name()), EventType.AGREEMENT_PROJECT_UPDATED);
    }

    /**
     * Deadlines: an agreement whose deadline has passed with signatures missing expires; one whose
     * deadline is near gets one reminder. Returns how many agreements changed.
     */
    @Transactional
    public int checkDeadlines(OffsetDateTime now) {
        int changed = 0;
        List<AgreementRecord> open = AgreementRecord.list("status in ?1 and signingDeadline is not null"
                + " and (signingDeadline <= ?2 or (remindedAt is null and signingDeadline <= ?3))",
                AgreementRecord.SIGNING, now, now.plus(config.reminderBefore()));
        for (AgreementRecord candidate : open) {
            AgreementRecord agreement = AgreementRecord.lock(candidate.id);
            if (!AgreementRecord.SIGNING.contains(agreement.status)) {
                continue;
            }
            long missing = agreement.signatories.stream().filter(signatory -> !signatory.done()).count();
            if (!agreement.signingDeadline.isAfter(now)) {
                agreement.status = AgreementStatus.EXPIRED;
                record(agreement, "system", "EXPIRED", details("missing", missing), EventType.AGREEMENT_EXPIRED);
                changed++;
            } else if (agreement.remindedAt == null) {
                agreement.remindedAt = now;
                record(agreement, "system", "REMINDED", details("missing", missing), EventType.AGREEMENT_SIGNATURES_DUE);
                changed++;
            }
        }
        return changed;
    }

    /**
     * A meeting found cooperation possible: a draft between the two organisations in their shared
     * sectors, for an admin to complete. Once per meeting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suggest(UUID meetingId, String forumId, UUID requesterId, UUID inviteeId) {
        Participant requester = Participant.findById(requesterId);
        Participant invitee = Participant.findById(inviteeId);
        if (requester == null || invitee == null || requester.organisationId.equals(invitee.organisationId)
                || AgreementRecord.count("suggestedFromMeetingId", meetingId) > 0) {
            return;
        }
        List<Sector> shared = new ArrayList<>(requester.sectors.stream().filter(invitee.sectors::contains).toList());
        AgreementRecord agreement = new AgreementRecord();
        agreement.id = UUID.randomUUID();
        agreement.forumId = forumId;
        agreement.kind = AgreementKind.COOPERATION_AGREEMENT;
        agreement.title = LocalizedText.of(
                suggestedTitle("Соглашение о сотрудничестве: ", requester.organisationName, " и ", invitee.organisationName),
                suggestedTitle("合作协议：", requester.organisationName, " 与 ", invitee.organisationName),
                suggestedTitle("Cooperation agreement: ", requester.organisationName, " and ", invitee.organisationName));
        agreement.sectors = shared.isEmpty() ? new ArrayList<>(requester.sectors) : shared;
        agreement.status = AgreementStatus.DRAFT;
        agreement.signingOrder = SigningOrder.PARALLEL;
        agreement.suggestedFromMeetingId = meetingId;
        agreement.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        agreement.parties.add(party(1, requester));
        agreement.parties.add(party(2, invitee));
        agreement.persist();
        record(agreement, "system", "SUGGESTED", details("meetingId", meetingId.toString()), EventType.AGREEMENT_SUGGESTED);
    }

    /**
     * A suggested draft's title, the two names shortened with an ellipsis where the whole would pass
     * the 500 characters a title may have (an organisation's name alone may have 500).
     */
    static String suggestedTitle(String prefix, String first, String separator, String second) {
        int room = (TITLE_LIMIT - prefix.length() - separator.length()) / 2;
        return prefix + shorten(first, room) + separator + shorten(second, room);
    }

    private static String shorten(String name, int room) {
        return name.codePointCount(0, name.length()) <= room ? name
                : name.substring(0, name.offsetByCodePoints(0, room - 1)) + "…";
    }

    /** An erased person's own words go; the chain, which holds only their id and hashes, stays verifiable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID participantId) {
        AgreementRecord.update("statusReason = null where statusReasonBy = ?1", participantId);
        events.forget(participantId);
    }

    private Agreement record(AgreementRecord agreement, String actor, String action, ObjectNode details, EventType fact) {
        String head = audit.append(agreement.id, actor, action, details);
        return events.publish(fact, agreement, head);
    }

    private void takeDetails(AgreementRecord agreement, AgreementRequest request) {
        LocalizedText title = request.title().toText();
        requireText(title, "title");
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
            parties.add(party(i + 1, anyone));
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

    private static AgreementRecord.Party party(int position, Participant member) {
        AgreementRecord.Party party = new AgreementRecord.Party();
        party.position = position;
        party.organisationId = member.organisationId;
        party.organisationName = member.organisationName;
        return party;
    }

    private static void checkTurn(AgreementRecord agreement, AgreementRecord.Signatory signatory) {
        if (signatory.role != SignatoryRole.APPROVER && agreement.signatoriesOf(signatory.partyPosition).stream()
                .anyMatch(other -> other.role == SignatoryRole.APPROVER && !other.done())) {
            throw DomainException.forbidden("not your turn: party " + signatory.partyPosition + "'s approvers approve first");
        }
        if (agreement.signingOrder == SigningOrder.SEQUENTIAL && agreement.signatories.stream()
                .anyMatch(other -> other.partyPosition < signatory.partyPosition && !other.done())) {
            throw DomainException.forbidden("not your turn: the parties sign in order, and an earlier party has not finished");
        }
    }

    private void checkContent(String mediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("body", "a document is not empty");
        }
        if (content.length > config.maxDocumentBytes()) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "Document too large", "a document version is at most " + config.maxDocumentBytes()
                    + " bytes; this one is " + content.length);
        }
        if (PDF.equals(mediaType)) {
            if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw DomainException.invalid("body", "not a PDF file (it does not start with %PDF-)");
            }
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("body", "a text document is UTF-8");
        }
    }

    private static void requireText(LocalizedText text, String field) {
        if (text == null || text.any() == null || text.any().isBlank()) {
            throw DomainException.invalid(field, "needs at least one of ru, zh, en");
        }
    }

    private static ObjectNode details(String name, Object value) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        if (value instanceof Number number) {
            details.put(name, number.longValue());
        } else {
            details.put(name, String.valueOf(value));
        }
        return details;
    }

    /** language → hash, as a JSON object for the audit chain. */
    private static ObjectNode hashes(Map<String, String> values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        values.forEach(node::put);
        return node;
    }
}
