package dev.dialogue.events.agreements;

/** An approver approves before the signers of their party may sign; a witness signs as a witness. */
public enum SignatoryRole {
    SIGNER,
    APPROVER,
    WITNESS
}
