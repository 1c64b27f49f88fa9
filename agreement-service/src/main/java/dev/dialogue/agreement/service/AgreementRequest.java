package dev.dialogue.agreement.service;

import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.SignatoryRole;
import dev.dialogue.events.agreements.SigningOrder;
import dev.dialogue.events.vocabulary.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An agreement as an admin drafts or completes it: the parties in signing order, each with its
 * signatories; an optional validity period, value and signing deadline.
 */
public record AgreementRequest(
        @NotBlank @Size(max = 64) String forumId,
        @NotNull AgreementKind kind,
        @NotNull @Valid LocalizedTextRequest title,
        @Size(max = 19) List<@NotNull Sector> sectors,
        @NotNull @Size(min = 2, max = 20, message = "an agreement has two to twenty parties") List<@NotNull @Valid Party> parties,
        SigningOrder signingOrder,
        @Pattern(regexp = "ru|zh|en", message = "ru, zh or en") String prevailingLanguage,
        LocalDate validFrom,
        LocalDate validTo,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal value,
        @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as RUB or CNY") String currency,
        OffsetDateTime signingDeadline) {

    /** An organisation known from registration events, and who signs, approves or witnesses for it. */
    public record Party(@NotNull UUID organisationId, @Size(max = 20) List<@NotNull @Valid Signatory> signatories) {
    }

    public record Signatory(@NotNull UUID participantId, @NotNull SignatoryRole role) {
    }

    /** What a signatory signs or approves: the current document hashes by language. */
    public record Act(@NotNull @Size(min = 1, max = 3) Map<@Pattern(regexp = "ru|zh|en") String, @NotBlank String> documentHashes) {
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }
}
