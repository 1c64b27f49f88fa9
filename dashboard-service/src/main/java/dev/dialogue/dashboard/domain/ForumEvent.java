package dev.dialogue.dashboard.domain;

import java.time.Instant;

/** One event of a {@code forum.*} topic as the projection takes it: its CloudEvent time and its aggregate's state. */
public record ForumEvent(Instant time, Facts.State state) {
}
