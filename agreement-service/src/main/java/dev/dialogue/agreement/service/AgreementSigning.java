package dev.dialogue.agreement.service;

import static dev.dialogue.agreement.service.AgreementChanges.details;
import static dev.dialogue.agreement.service.AgreementChanges.hashes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.AuditChain;
import dev.dialogue.agreement.domain.DocumentVersion;
import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.SignatoryRole;
import dev.dialogue.events.agreements.SignatoryStatus;
import dev.dialogue.events.agreements.SigningOrder;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

/**
 * From open to settled: the documents frozen for signing, approvals and signatures in turn, the
 * agreement executed when everyone has acted; or declined by a signatory, voided by an admin.
 */
@ApplicationScoped
public class AgreementSigning {

    private final AgreementChanges changes;

    AgreementSigning(AgreementChanges changes) {
        this.changes = changes;
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
        return changes.record(agreement, actor, "OPENED", details, EventType.AGREEMENT_OPENED);
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
            return changes.current(agreement);
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
        Agreement state = changes.record(agreement, actor, approve ? "APPROVED" : "SIGNED", details,
                approve ? EventType.AGREEMENT_APPROVED : EventType.AGREEMENT_SIGNED);
        if (agreement.everyoneHasActed()) {
            agreement.status = AgreementStatus.EXECUTED;
            details = details("signatories", agreement.signatories.size());
            details.set("documentHashes", hashes(current));
            state = changes.record(agreement, "system", "EXECUTED", details, EventType.AGREEMENT_EXECUTED);
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
        return changes.record(agreement, actor, "DECLINED", details("participantId", participantId.toString())
                .put("reasonSha256", AuditChain.sha256(reason.getBytes(StandardCharsets.UTF_8))), EventType.AGREEMENT_DECLINED);
    }

    @Transactional
    public Agreement voidAgreement(UUID id, String reason, String actor) {
        AgreementRecord agreement = AgreementRecord.lock(id);
        agreement.require(AgreementRecord.UNSETTLED, "it can no longer be voided");
        agreement.status = AgreementStatus.VOIDED;
        agreement.statusReason = reason;
        agreement.statusReasonBy = null;
        return changes.record(agreement, actor, "VOIDED", details("reasonSha256",
                AuditChain.sha256(reason.getBytes(StandardCharsets.UTF_8))), EventType.AGREEMENT_VOIDED);
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
}
