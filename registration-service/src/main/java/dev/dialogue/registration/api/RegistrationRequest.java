package dev.dialogue.registration.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A minimal registration: who, how to reach them, for which organisation and country. */
public record RegistrationRequest(
        @NotBlank @Size(max = 300) String fullName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 300) String organisationName,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as RU or CN") String country) {
}
