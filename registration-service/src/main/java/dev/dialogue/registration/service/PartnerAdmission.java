package dev.dialogue.registration.service;

import dev.dialogue.registration.messaging.PartnerTopicSpaces.Credentials;

/**
 * A partner as admitted, with the credentials of its principal on the broker: shown this once,
 * kept nowhere (the broker keeps only a salted hash), never logged.
 */
public record PartnerAdmission(PartnerView partner, Credentials kafka) {
}
