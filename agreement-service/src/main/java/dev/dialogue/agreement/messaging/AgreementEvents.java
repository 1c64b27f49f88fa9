package dev.dialogue.agreement.messaging;

import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.DocumentVersion;
import dev.dialogue.agreement.domain.JointProject;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.platform.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Announces agreement changes on {@code forum.agreements.v1}, each with the full current agreement. */
@ApplicationScoped
public class AgreementEvents {

    private final Outbox outbox;

    AgreementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes the agreement's state and returns it whole, as REST shows it. */
    public Agreement publish(EventType fact, AgreementRecord agreement, String auditHead) {
        AgreementRecord.getEntityManager().flush();
        Agreement state = state(agreement, auditHead);
        outbox.publish(fact, agreement.id.toString(), agreement.statusReasonBy == null ? state : withoutTheirWords(state));
        return state;
    }

    /** Deletes the outbox rows that name an erased participant (see {@link Outbox#forget}). */
    public void forget(UUID participantId) {
        outbox.forget(participantId);
    }

    /** A status reason a signatory wrote stays here, where their erasure clears it; the event says only the status. */
    private static Agreement withoutTheirWords(Agreement a) {
        return new Agreement(a.agreementId(), a.forumId(), a.kind(), a.title(), a.sectors(), a.status(), null,
                a.signingOrder(), a.parties(), a.documents(), a.prevailingLanguage(), a.validFrom(), a.validTo(), a.value(),
                a.currency(), a.signingDeadline(), a.suggestedFromMeetingId(), a.projects(), a.auditHead(), a.createdAt(),
                a.version());
    }

    public static Agreement state(AgreementRecord agreement, String auditHead) {
        return new Agreement(agreement.id, agreement.forumId, agreement.kind, agreement.title, agreement.sectors,
                agreement.status, agreement.statusReason, agreement.signingOrder,
                agreement.parties.stream().map(party -> new Agreement.Party(party.position, party.organisationId,
                        party.organisationName, agreement.signatoriesOf(party.position).stream()
                        .map(signatory -> new Agreement.Signatory(signatory.participantId, signatory.role, signatory.status,
                                signatory.actedAt)).toList())).toList(),
                DocumentVersion.current(agreement.id).stream().map(document -> new Agreement.Document(document.language,
                        document.version, document.sha256, document.content.length, document.mediaType)).toList(),
                agreement.prevailingLanguage, agreement.validFrom, agreement.validTo, agreement.value, agreement.currency,
                agreement.signingDeadline, agreement.suggestedFromMeetingId,
                JointProject.of(agreement.id).stream().map(project -> new Agreement.Project(project.id, project.sector,
                        project.title, project.status)).toList(),
                auditHead, agreement.createdAt, agreement.version);
    }
}
