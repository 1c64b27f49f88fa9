package dev.dialogue.matchmaking.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What keeps a participant from meetings: their sessions (SESSION), breaks they declared (BREAK), and the cap per session. */
public record AvailabilityView(UUID participantId, String forumId, int meetingsPerSession, List<Busy> unavailable) {

    public record Busy(OffsetDateTime startsAt, OffsetDateTime endsAt, String reason) {
    }

    /** The breaks a participant declares; they replace any declared before. */
    public record Breaks(@NotNull @Size(max = 50) List<@Valid @NotNull Break> breaks) {
    }

    public record Break(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt) {
    }
}
