package dev.dialogue.events.agreements;

import java.util.Map;
import java.util.UUID;

/**
 * A partner system (an e-signature provider, a ministry's system) submits a signatory's signature
 * or approval. The same rules as over REST apply: the signatory's turn, their accreditation, and
 * the current document hashes quoted by language.
 */
public record SignatureSubmitted(UUID agreementId, UUID participantId, SignatureAction action,
        Map<String, String> documentHashes) {
}
