package dev.dialogue.events.agreements;

/** What a partner system submits for a signatory. */
public enum SignatureAction {
    SIGN,
    APPROVE
}
