package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** What the scoring rule looks at in a participant. */
public record MatchProfile(UUID participantId, UUID organisationId, OrganisationKind organisationKind, String country,
        ParticipantCategory category, Set<String> languages, Set<Sector> sectors, Set<InterestType> offers,
        Set<InterestType> seeks) {

    public static MatchProfile of(Profile profile) {
        return new MatchProfile(profile.participantId, profile.organisationId, profile.organisationKind, profile.country,
                profile.category, new LinkedHashSet<>(profile.languages), copy(profile.sectors, Sector.class),
                copy(profile.offerTypes, InterestType.class), copy(profile.seekTypes, InterestType.class));
    }

    private static <E extends Enum<E>> Set<E> copy(java.util.Collection<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
