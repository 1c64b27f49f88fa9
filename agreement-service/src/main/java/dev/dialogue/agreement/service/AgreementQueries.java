package dev.dialogue.agreement.service;

import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.AuditChain;
import dev.dialogue.agreement.domain.DocumentVersion;
import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.agreement.messaging.AgreementEvents;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Reading agreements: one, a forum's (filtered), their audit chains, verification, certificates,
 * documents. Whether the caller may read an agreement is decided in the transaction that reads it.
 */
@ApplicationScoped
public class AgreementQueries {

    private final AuditTrail audit;
    private final Caller caller;

    AgreementQueries(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /** One stored version of an agreement's text. */
    public record StoredDocument(byte[] content, String mediaType, String sha256, int version) {
    }

    @Transactional
    public Agreement get(UUID id) {
        return AgreementEvents.state(readable(id), audit.head(id));
    }

    /** The forum's agreements, newest first; each filter is optional. */
    @Transactional
    public List<Agreement> inForum(String forumId, AgreementStatus status, AgreementKind kind, Sector sector, UUID party) {
        List<String> where = new ArrayList<>(List.of("a.forumId = :forum"));
        Parameters parameters = Parameters.with("forum", forumId);
        if (status != null) {
            where.add("a.status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            where.add("a.kind = :kind");
            parameters.and("kind", kind);
        }
        if (party != null) {
            where.add(":party in (select p.organisationId from AgreementRecord b join b.parties p where b.id = a.id)");
            parameters.and("party", party);
        }
        List<AgreementRecord> agreements = AgreementRecord.list("from AgreementRecord a where " + String.join(" and ", where)
                + " order by a.createdAt desc", parameters);
        return agreements.stream().filter(agreement -> sector == null || agreement.sectors.contains(sector))
                .map(agreement -> AgreementEvents.state(agreement, audit.head(agreement.id))).toList();
    }

    @Transactional
    public AuditExport audit(UUID id) {
        readable(id);
        List<AuditExport.Entry> entries = audit.entries(id).stream().map(entry -> new AuditExport.Entry(entry.seq(), entry.at(),
                entry.actor(), entry.action(), entry.details(), entry.previousHash(), entry.hash())).toList();
        return new AuditExport(id, entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash(), entries);
    }

    @Transactional
    public Verification verify(UUID id) {
        readable(id);
        return audit.verify(id);
    }

    @Transactional
    public StoredDocument document(UUID id, String language, Integer version) {
        readable(id);
        return DocumentVersion.find(id, language, version)
                .map(document -> new StoredDocument(document.content, document.mediaType, document.sha256, document.version))
                .orElseThrow(() -> DomainException.notFound("document", language + (version == null ? "" : " version " + version)));
    }

    /** Only an executed agreement has a certificate of completion. */
    @Transactional
    public Certificate certificate(UUID id) {
        AgreementRecord agreement = readable(id);
        agreement.require(EnumSet.of(AgreementStatus.EXECUTED), "a certificate of completion needs every signature");
        Verification verification = audit.verify(id);
        List<Certificate.Party> parties = agreement.parties.stream().map(party -> new Certificate.Party(party.position,
                party.organisationName, agreement.signatoriesOf(party.position).stream().map(signatory -> {
                    Participant person = Participant.findById(signatory.participantId);
                    return new Certificate.Signatory(signatory.participantId, person == null ? null : person.fullName,
                            signatory.role, signatory.actedAt);
                }).toList())).toList();
        List<Certificate.Document> documents = DocumentVersion.current(id).stream().map(document -> new Certificate.Document(
                document.language, document.version, document.sha256, document.mediaType)).toList();
        return new Certificate(id, agreement.forumId, agreement.kind, agreement.title,
                agreement.signatories.stream().map(signatory -> signatory.actedAt).max(Comparator.naturalOrder()).orElse(null),
                parties, documents, agreement.prevailingLanguage, verification.head(), verification.entries(), verification.valid());
    }

    /** Admins and staff read every agreement; a participant only those they sign, approve or witness. */
    private AgreementRecord readable(UUID id) {
        AgreementRecord agreement = find(id);
        if (!caller.isInRole(Roles.ADMIN) && !caller.isInRole(Roles.STAFF)
                && agreement.signatory(caller.participantId()).isEmpty()) {
            throw DomainException.forbidden("a participant reads only the agreements they are a signatory of");
        }
        return agreement;
    }

    private static AgreementRecord find(UUID id) {
        return AgreementRecord.<AgreementRecord>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("agreement", id));
    }
}
