package dev.dialogue.agreement.service;

import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.SignatoryRole;
import dev.dialogue.events.vocabulary.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A certificate of completion: who signed what, when, the documents' hashes and the head of the
 * verified audit chain. A name is shown while its person has not asked to be erased.
 */
public record Certificate(UUID agreementId, String forumId, AgreementKind kind, LocalizedText title, OffsetDateTime executedAt,
        List<Party> parties, List<Document> documents, String prevailingLanguage, String auditHead, int auditEntries,
        boolean auditVerified) {

    public record Party(int position, String organisationName, List<Signatory> signatories) {
    }

    public record Signatory(UUID participantId, String name, SignatoryRole role, OffsetDateTime actedAt) {
    }

    public record Document(String language, int version, String sha256, String mediaType) {
    }
}
