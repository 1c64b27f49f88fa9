package dev.dialogue.events.participants;

import dev.dialogue.events.vocabulary.LocalizedText;
import java.util.UUID;

/**
 * Who a participant is, as far as other services show it: their name and position. It travels on
 * {@code personal.participants.v1}, keyed by participant, which the broker compacts: the erasure's
 * empty record replaces it, and compaction removes the bytes. Email, phone and what the person
 * wrote about their interests never leave registration-service.
 */
public record ParticipantDetails(
        UUID participantId,
        String forumId,
        String fullName,
        LocalizedText nameTransliterations,
        String position) {
}
