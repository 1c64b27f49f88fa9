package dev.dialogue.matchmaking.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A request for a meeting. A participant asks for themself and may leave {@code requesterId} out. */
public record MeetingRequest(UUID requesterId, @NotNull UUID inviteeId, @Size(max = 2000) String message) {

    public record Decline(@Size(max = 1000) String reason) {
    }
}
