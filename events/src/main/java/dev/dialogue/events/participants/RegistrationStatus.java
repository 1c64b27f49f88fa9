package dev.dialogue.events.participants;

/** Where a registration stands in accreditation. */
public enum RegistrationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN;

    /** Approved, waitlisted or checked in: the person takes part (meets, may sign). */
    public boolean accredited() {
        return this == APPROVED || this == WAITLISTED || this == CHECKED_IN;
    }
}
