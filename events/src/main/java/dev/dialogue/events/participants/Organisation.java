package dev.dialogue.events.participants;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import java.util.UUID;

/** The organisation a participant represents; the same body registered twice has one id. */
public record Organisation(UUID organisationId, LocalizedText name, OrganisationKind kind, String country, String region) {
}
