package dev.dialogue.registration.service;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.registration.domain.Registration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to a scan; {@code alreadyCheckedIn} tells a replayed scan from the first. */
public record CheckIn(UUID participantId, String fullName, LocalizedText organisation, OffsetDateTime checkedInAt,
        boolean alreadyCheckedIn) {

    /** A scan: the QR payload or the bare badge token. */
    public record Scan(@NotBlank @Size(max = 200) String badge) {
    }

    public static CheckIn of(Registration registration, boolean alreadyCheckedIn) {
        return new CheckIn(registration.id, registration.fullName, registration.organisation.name,
                registration.checkedInAt, alreadyCheckedIn);
    }
}
