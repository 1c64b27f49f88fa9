package dev.dialogue.agreement.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The organisations whose signatories a partner system may sign for; empty, for none. */
public record SigningPartnerRequest(@NotNull @Size(max = 100) List<@NotNull UUID> organisations) {
}
