package dev.dialogue.events.meetings;

/** {@code REQUESTED → ACCEPTED → SCHEDULED}, or {@code DECLINED}, {@code CANCELLED}. */
public enum MeetingStatus {
    REQUESTED,
    /** Accepted, waiting for a free slot and table. */
    ACCEPTED,
    SCHEDULED,
    DECLINED,
    CANCELLED
}
