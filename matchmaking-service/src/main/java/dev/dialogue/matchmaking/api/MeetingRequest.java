package dev.dialogue.matchmaking.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A request for a meeting. A participant asks for themself and may leave {@code requesterId} out. */
public record MeetingRequest(UUID requesterId, @NotNull UUID inviteeId, @Size(max = 2000) String message) {

    public record Decline(@Size(max = 1000) String reason) {
    }

    /** Where an organiser puts a meeting: a slot start of one of the forum's B2B sessions, and a table. */
    public record Placement(@NotNull UUID sessionId, @NotNull OffsetDateTime startsAt, @NotNull @Min(1) Integer table) {
    }
}
