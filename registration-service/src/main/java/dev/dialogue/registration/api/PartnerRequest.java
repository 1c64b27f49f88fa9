package dev.dialogue.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partner system. Its tokens carry {@code partnerId} as subject and the role {@code partner};
 * its CloudEvents carry {@code source}.
 */
public record PartnerRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lower-case letters, digits and hyphens, up to 64") String partnerId,
        @NotBlank @Size(max = 300) String name,
        @NotNull @Pattern(regexp = "/[A-Za-z0-9._~/-]{1,499}", message = "a URI reference such as /partners/sh-youth-foundation") String source,
        @NotNull @Size(min = 1, max = 100) List<@NotBlank String> forums) {
}
