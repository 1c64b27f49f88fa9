package dev.dialogue.matchmaking.domain;

import java.time.OffsetDateTime;

/** A stretch of time, start included, end excluded; {@code reason} says what fills it. */
public record Interval(OffsetDateTime startsAt, OffsetDateTime endsAt, String reason) {

    public boolean overlaps(OffsetDateTime start, OffsetDateTime end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }
}
