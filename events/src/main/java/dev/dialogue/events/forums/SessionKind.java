package dev.dialogue.events.forums;

public enum SessionKind {
    OPENING_CEREMONY,
    PANEL,
    B2B_MEETINGS,
    SITE_VISIT,
    OTHER
}
