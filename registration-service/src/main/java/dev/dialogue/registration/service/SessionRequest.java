package dev.dialogue.registration.service;

import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.vocabulary.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session; its times are local to the forum's time zone. Tables and slot length: B2B sessions
 * only. A forum has at most {@link dev.dialogue.registration.domain.Forum#MAX_SESSIONS} of them.
 */
public record SessionRequest(
        @NotNull SessionKind kind,
        @NotNull @Valid LocalizedTextRequest title,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        @Size(max = 19) List<@NotNull Sector> sectors,
        @Min(1) @Max(1_000) Integer tables,
        @Min(5) @Max(240) Integer slotMinutes) {
}
