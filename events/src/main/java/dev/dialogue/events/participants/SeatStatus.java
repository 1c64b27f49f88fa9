package dev.dialogue.events.participants;

/** A participant's place in one session they asked for. */
public enum SeatStatus {
    /** Asked for; decided at approval. */
    REQUESTED,
    ENROLLED,
    /** In line for a seat; {@code waitlistPosition} says where. */
    WAITLISTED
}
