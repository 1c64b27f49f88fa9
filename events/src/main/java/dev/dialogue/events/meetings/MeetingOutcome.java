package dev.dialogue.events.meetings;

/** How a meeting went; {@code COOPERATION_POSSIBLE} leads agreement-service to suggest a draft. */
public enum MeetingOutcome {
    NOT_HELD,
    NO_INTEREST,
    INFORMATIVE,
    COOPERATION_POSSIBLE
}
