package dev.dialogue.events.forums;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One session of a forum. A B2B session also has its tables and slot length, which matchmaking
 * cuts into meeting slots; for other kinds both are null.
 */
public record ForumSession(
        UUID sessionId,
        SessionKind kind,
        LocalizedText title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int capacity,
        List<Sector> sectors,
        Integer tables,
        Integer slotMinutes) {
}
