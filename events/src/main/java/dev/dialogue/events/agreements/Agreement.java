package dev.dialogue.events.agreements;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of one agreement. Every event on {@code forum.agreements.v1} carries it.
 * Signatories appear by participant id only: their names live with registration, and may be erased.
 */
public record Agreement(
        UUID agreementId,
        String forumId,
        AgreementKind kind,
        LocalizedText title,
        List<Sector> sectors,
        AgreementStatus status,
        String statusReason,
        SigningOrder signingOrder,
        List<Party> parties,
        List<Document> documents,
        String prevailingLanguage,
        LocalDate validFrom,
        LocalDate validTo,
        BigDecimal value,
        String currency,
        OffsetDateTime signingDeadline,
        UUID suggestedFromMeetingId,
        List<Project> projects,
        String auditHead,
        OffsetDateTime createdAt,
        long version) {

    /** An organisation party to the agreement, in signing order, with its signatories. */
    public record Party(int position, UUID organisationId, String organisationName, List<Signatory> signatories) {
    }

    public record Signatory(UUID participantId, SignatoryRole role, SignatoryStatus status, OffsetDateTime actedAt) {
    }

    /** The current version of the text in one language, bound by its SHA-256 (hex). */
    public record Document(String language, int version, String sha256, long size, String mediaType) {
    }

    /** A joint project the executed agreement gave rise to. */
    public record Project(UUID projectId, Sector sector, LocalizedText title, ProjectStatus status) {
    }
}
