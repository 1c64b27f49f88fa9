package dev.dialogue.events.partners;

import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.util.List;
import java.util.UUID;

/** One person a partner system registers; {@code personReference} is the partner's own id for them. */
public record DelegationMember(
        String personReference,
        String fullName,
        LocalizedText nameTransliterations,
        String email,
        String phone,
        String position,
        Organisation organisation,
        ParticipantCategory category,
        List<String> languages,
        List<Sector> sectors,
        List<Interest> offers,
        List<Interest> seeks,
        List<UUID> sessions,
        Consent consent) {

    public record Organisation(LocalizedText name, OrganisationKind kind, String country, String region) {
    }
}
