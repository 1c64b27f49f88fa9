package dev.dialogue.events.meetings;

/** {@code REQUESTED → ACCEPTED → SCHEDULED}, or {@code DECLINED}, {@code CANCELLED}, {@code EXPIRED}. */
public enum MeetingStatus {
    REQUESTED,
    /** Accepted, waiting for a free slot and table. */
    ACCEPTED,
    SCHEDULED,
    DECLINED,
    CANCELLED,
    /** Unanswered when the B2B sessions began, or never placed before they ended. */
    EXPIRED
}
