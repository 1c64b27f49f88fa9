package dev.dialogue.platform.messaging;

import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.events.meetings.MeetingStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The payloads the test application publishes, as matchmaking-service would. */
final class Meetings {

    private Meetings() {
    }

    /** A meeting request at the given version, so that a reader can tell the order of its events. */
    static Meeting requested(UUID meetingId, long version) {
        return new Meeting(meetingId, "shenzhen-2025", UUID.randomUUID(), UUID.randomUUID(), MeetingStatus.REQUESTED, null,
                OffsetDateTime.now(ZoneOffset.UTC), null, version);
    }
}
