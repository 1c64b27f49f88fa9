package dev.dialogue.registration.service;

import dev.dialogue.events.Topic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partner system to admit. Its tokens carry {@code partnerId} as subject and the role
 * {@code partner}; on the broker it gets the principal {@code partner-<partnerId>} and the topic
 * space {@code partner.<partnerId>.*}, where its CloudEvents carry the source {@code /partners/<partnerId>}.
 */
public record PartnerRequest(
        @NotNull @Pattern(regexp = Topic.PARTNER_ID_PATTERN, message = "lower-case letters, digits and hyphens, up to 64") String partnerId,
        @NotBlank @Size(max = 300) String name,
        @NotNull @Size(min = 1, max = 100) List<@NotBlank String> forums) {
}
