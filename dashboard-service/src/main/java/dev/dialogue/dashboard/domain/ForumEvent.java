package dev.dialogue.dashboard.domain;

import java.time.Instant;
import java.util.UUID;

/** One event of a {@code forum.*} topic as the projection takes it: its CloudEvent id and time, and its aggregate's state. */
public record ForumEvent(UUID eventId, Instant time, Facts.State state) {
}
