package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the scoring rule looks at in a participant. Beside the sets it keeps them as bit masks, so
 * that ranking tens of thousands of candidates is a few machine instructions each.
 */
public final class MatchProfile {

    private final UUID participantId;
    private final UUID organisationId;
    private final OrganisationKind organisationKind;
    private final String country;
    private final ParticipantCategory category;
    private final Set<String> languages;
    private final Set<Sector> sectors;
    private final Set<InterestType> offers;
    private final Set<InterestType> seeks;
    /** The languages, interned: equal codes are the same object, so comparing them is one instruction. */
    final String[] spoken;
    /** The organisation's id as two numbers: comparing them needs no visit to another object. */
    final long organisationHigh;
    final long organisationLow;
    final boolean inForumCountry;
    final long sectorBits;
    final long offerBits;
    final long seekBits;

    public MatchProfile(UUID participantId, UUID organisationId, OrganisationKind organisationKind, String country,
            ParticipantCategory category, Set<String> languages, Set<Sector> sectors, Set<InterestType> offers,
            Set<InterestType> seeks) {
        this.participantId = participantId;
        this.organisationId = organisationId;
        this.organisationKind = organisationKind;
        this.country = country;
        this.category = category;
        this.languages = Set.copyOf(languages);
        this.sectors = copy(sectors, Sector.class);
        this.offers = copy(offers, InterestType.class);
        this.seeks = copy(seeks, InterestType.class);
        this.spoken = languages.stream().map(String::intern).toArray(String[]::new);
        this.organisationHigh = organisationId.getMostSignificantBits();
        this.organisationLow = organisationId.getLeastSignificantBits();
        this.inForumCountry = MatchScorer.FORUM_COUNTRIES.contains(country);
        this.sectorBits = bits(this.sectors);
        this.offerBits = bits(this.offers);
        this.seekBits = bits(this.seeks);
    }

    public static MatchProfile of(Profile profile) {
        return new MatchProfile(profile.participantId, profile.organisationId, profile.organisationKind, profile.country,
                profile.category, new LinkedHashSet<>(profile.languages), copy(profile.sectors, Sector.class),
                copy(profile.offerTypes, InterestType.class), copy(profile.seekTypes, InterestType.class));
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public String country() {
        return country;
    }

    public ParticipantCategory category() {
        return category;
    }

    public Set<String> languages() {
        return languages;
    }

    public Set<Sector> sectors() {
        return sectors;
    }

    public Set<InterestType> offers() {
        return offers;
    }

    public Set<InterestType> seeks() {
        return seeks;
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** Sectors and interest types are small enums: one bit each. */
    private static long bits(Set<? extends Enum<?>> values) {
        long bits = 0;
        for (Enum<?> value : values) {
            bits |= 1L << value.ordinal();
        }
        return bits;
    }
}
