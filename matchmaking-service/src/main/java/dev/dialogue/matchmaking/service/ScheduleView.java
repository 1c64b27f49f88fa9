package dev.dialogue.matchmaking.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A schedule plan: where each accepted meeting goes, which found no place, and an upper bound on
 * how many any plan could place; after publishing, which entries could no longer be booked.
 */
public record ScheduleView(UUID planId, String forumId, String status, OffsetDateTime createdAt, int requests,
        int placed, int upperBound, List<Entry> entries, List<UUID> unplaced, List<Skipped> skipped) {

    public record Entry(UUID meetingId, UUID sessionId, OffsetDateTime startsAt, OffsetDateTime endsAt, int table) {
    }

    public record Skipped(UUID meetingId, String reason) {
    }
}
