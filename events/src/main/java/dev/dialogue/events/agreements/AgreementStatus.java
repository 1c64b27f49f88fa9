package dev.dialogue.events.agreements;

/** {@code DRAFT → OPEN → PARTIALLY_SIGNED → EXECUTED}, or {@code DECLINED}, {@code VOIDED}, {@code EXPIRED}. */
public enum AgreementStatus {
    DRAFT,
    OPEN,
    PARTIALLY_SIGNED,
    EXECUTED,
    DECLINED,
    VOIDED,
    EXPIRED
}
