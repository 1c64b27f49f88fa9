package dev.dialogue.events.agreements;

/** What kind of document the agreement is. */
public enum AgreementKind {
    COOPERATION_AGREEMENT,
    MEMORANDUM_OF_UNDERSTANDING,
    INVESTMENT_AGREEMENT,
    SEZ_RESIDENCY_AGREEMENT,
    INTERGOVERNMENTAL_PROGRAMME
}
