package dev.dialogue.agreement.service;

import static dev.dialogue.agreement.service.AgreementChanges.details;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialogue.agreement.config.AgreementConfig;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.AuditChain;
import dev.dialogue.agreement.domain.DocumentVersion;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.SignatoryStatus;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The texts to sign, one versioned document per language, each bound by its hash. */
@ApplicationScoped
public class AgreementDocuments {

    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";

    private final AgreementChanges changes;
    private final AgreementConfig config;

    AgreementDocuments(AgreementChanges changes, AgreementConfig config) {
        this.changes = changes;
        this.config = config;
    }

    /**
     * A new version of the text in one language. Editing an agreement already open for signing
     * voids the signatures and approvals given on the old text: everyone acts again on the new one.
     */
    @Transactional
    public Agreement add(UUID id, String language, String mediaType, byte[] content, boolean prevailing, String actor) {
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
        changes.append(agreement, actor, "DOCUMENT_VERSION_ADDED", details);
        if (AgreementRecord.SIGNING.contains(agreement.status) && agreement.signatories.stream().anyMatch(s -> s.actedAt != null)) {
            agreement.signatories.forEach(signatory -> {
                signatory.status = SignatoryStatus.PENDING;
                signatory.actedAt = null;
            });
            agreement.status = AgreementStatus.OPEN;
            changes.append(agreement, actor, "SIGNATURES_VOIDED", details("reason", "document " + language + " changed"));
        }
        return changes.announce(agreement, EventType.AGREEMENT_UPDATED);
    }

    private void checkContent(String mediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("body", "a document is not empty");
        }
        if (content.length > config.maxDocumentBytes()) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "Document too large", "a document version is at most "
                    + config.maxDocumentBytes() + " bytes; this one is " + content.length);
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
}
