package dev.dialogue.events.agreements;

/** A joint project moves IDEA → ACTIVE → COMPLETED. */
public enum ProjectStatus {
    IDEA,
    ACTIVE,
    COMPLETED
}
