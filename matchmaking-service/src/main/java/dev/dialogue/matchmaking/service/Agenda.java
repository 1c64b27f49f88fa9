package dev.dialogue.matchmaking.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A participant's scheduled meetings, in time order, with times in the forum's time zone. */
public record Agenda(UUID participantId, String forumId, String timeZone, List<Entry> meetings) {

    public record Entry(UUID meetingId, OffsetDateTime startsAt, OffsetDateTime endsAt, int table,
            UUID counterpartId, String counterpartName, String counterpartOrganisation, String message) {
    }
}
