package dev.dialogue.events.vocabulary;

/** What a participant offers or seeks; matchmaking pairs an offer with the same type sought. */
public enum InterestType {
    INVESTMENT,
    PARTNERSHIP,
    SUPPLIER,
    BUYER,
    SEZ_SITE,
    TECHNOLOGY,
    EXPERTISE
}
