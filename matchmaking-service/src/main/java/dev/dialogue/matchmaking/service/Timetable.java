package dev.dialogue.matchmaking.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The organisers' sheet: for each B2B session and table, every slot and who meets there; times in the forum's zone. */
public record Timetable(String forumId, String timeZone, List<Session> sessions) {

    public record Session(UUID sessionId, OffsetDateTime startsAt, OffsetDateTime endsAt, List<Table> tables) {
    }

    public record Table(int table, List<Slot> slots) {
    }

    /** A slot at a table; {@code meetingId} is null while the table is free. */
    public record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, UUID meetingId, List<Person> participants) {
    }

    public record Person(UUID participantId, String fullName, String organisation) {
    }
}
