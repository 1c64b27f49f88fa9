package dev.dialogue.events.forums;

/** {@code DRAFT → OPEN → CLOSED}; registrations are accepted only while a forum is open. */
public enum ForumStatus {
    DRAFT,
    OPEN,
    CLOSED
}
