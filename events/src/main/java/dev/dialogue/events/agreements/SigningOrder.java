package dev.dialogue.events.agreements;

/** PARALLEL: every party at once; SEQUENTIAL: party by party, in their order. */
public enum SigningOrder {
    PARALLEL,
    SEQUENTIAL
}
