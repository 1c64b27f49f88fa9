package dev.dialogue.events.participants;

import dev.dialogue.events.vocabulary.InterestType;

/** Something offered or sought: a type matchmaking can pair, and the participant's own words. */
public record Interest(InterestType type, String text) {
}
