package dev.dialogue.events.participants;

/** Where a registration stands in accreditation. */
public enum RegistrationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN
}
