package dev.dialogue.registration.service;

import dev.dialogue.events.vocabulary.EmailAddress;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person registering for a forum. The name is kept as written (Cyrillic, CJK, Latin, emoji),
 * with optional transliterations. Consent to personal-data processing is required.
 */
public record RegistrationRequest(
        @NotBlank @Size(max = 300) String fullName,
        @Valid LocalizedTextRequest nameTransliterations,
        @NotBlank @Email(regexp = EmailAddress.PATTERN) @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "digits, spaces, brackets and hyphens, optionally after +") String phone,
        @Size(max = 300) String position,
        @NotNull @Valid OrganisationRequest organisation,
        @NotNull ParticipantCategory category,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as ru or zh") String> languages,
        @Size(max = 19) List<@NotNull Sector> sectors,
        @Size(max = 20) List<@NotNull @Valid InterestRequest> offers,
        @Size(max = 20) List<@NotNull @Valid InterestRequest> seeks,
        @Size(max = 50) List<@NotNull UUID> sessions,
        @NotNull @Valid ConsentRequest consent) {

    public record OrganisationRequest(
            @NotNull @Valid LocalizedTextRequest name,
            @NotNull OrganisationKind kind,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as RU or CN") String country,
            @Size(max = 200) String region) {
    }

    public record InterestRequest(@NotNull InterestType type, @Size(max = 2000) String text) {
    }

    /** Which consent text the person agreed to, and when. */
    public record ConsentRequest(@NotBlank @Size(max = 64) String textVersion, @NotNull OffsetDateTime givenAt) {
    }
}
