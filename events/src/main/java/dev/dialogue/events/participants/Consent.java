package dev.dialogue.events.participants;

import java.time.OffsetDateTime;

/** Consent to personal-data processing: which text the person agreed to, and when. */
public record Consent(String textVersion, OffsetDateTime givenAt) {
}
