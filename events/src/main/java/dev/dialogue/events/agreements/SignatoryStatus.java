package dev.dialogue.events.agreements;

/** What a signatory has done. */
public enum SignatoryStatus {
    PENDING,
    APPROVED,
    SIGNED,
    DECLINED
}
