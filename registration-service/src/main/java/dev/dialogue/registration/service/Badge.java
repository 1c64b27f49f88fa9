package dev.dialogue.registration.service;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.registration.domain.Registration;
import java.util.UUID;

/** What a badge shows, and the payload its QR code encodes. */
public record Badge(UUID participantId, String fullName, LocalizedText organisation, String token, String qrPayload) {

    /** Scanners read {@code DIALOGUE1:<token>}; a bare token is accepted too. */
    static final String QR_PREFIX = "DIALOGUE1:";

    public static Badge of(Registration registration) {
        return new Badge(registration.id, registration.fullName, registration.organisation.name,
                registration.badgeToken, QR_PREFIX + registration.badgeToken);
    }

    public static String tokenOf(String scanned) {
        String trimmed = scanned.strip();
        return trimmed.startsWith(QR_PREFIX) ? trimmed.substring(QR_PREFIX.length()) : trimmed;
    }
}
