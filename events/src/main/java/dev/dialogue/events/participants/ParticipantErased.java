package dev.dialogue.events.participants;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person's personal data was erased at their request. Every service that holds any of it removes
 * it; the participant id stays as a pseudonym for statistics. On {@code personal.participants.v1}
 * the same erasure is an empty record that lets the broker compact the person's details away.
 */
public record ParticipantErased(UUID participantId, String forumId, OffsetDateTime erasedAt) {
}
