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
 * What the scoring rule looks at in a participant. Beside the sets it keeps them as bits in a few
 * numbers, so that ranking tens of thousands of candidates is a few machine instructions each.
 */
public final class MatchProfile {

    static final int TRAIT_WORDS = 5;
    static final int ORGANISATION_HIGH = 0;
    static final int ORGANISATION_LOW = 1;
    /** Sectors from bit 0, offered interest types from {@link #OFFERS_SHIFT}, sought from {@link #SEEKS_SHIFT}. */
    static final int TOPICS = 2;
    /** One bit per language, see {@link Languages}. */
    static final int LANGUAGES = 3;
    /** The category's bit from bit 0, the organisation kind's from {@link #KIND_SHIFT}, the forum country's from {@link #COUNTRY_SHIFT}. */
    static final int PERSON = 4;
    static final int OFFERS_SHIFT = 24;
    static final int SEEKS_SHIFT = 40;
    static final int KIND_SHIFT = 16;
    static final int COUNTRY_SHIFT = 32;
    static final long COUNTRY_BITS = 3L << COUNTRY_SHIFT;

    private final UUID participantId;
    private final UUID organisationId;
    private final OrganisationKind organisationKind;
    private final String country;
    private final ParticipantCategory category;
    private final Set<String> languages;
    private final Set<Sector> sectors;
    private final Set<InterestType> offers;
    private final Set<InterestType> seeks;
    /**
     * What ranking compares, as {@link #TRAIT_WORDS} numbers: the organisation's id, the sectors
     * and interest types, the languages, the category, kind and forum country. A {@link ProfileIndex}
     * keeps every candidate's side by side in one array, so that ranking reads memory in order.
     */
    final long[] traits;
    /** When this profile is the one recommendations are for: the topics it looks for in a candidate's. */
    final long sectorsSought;
    final long interestsSought;
    /** The categories and organisation kinds that fit this profile's, as bits of a candidate's {@link #PERSON}. */
    final long fitting;

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
        long sectorBits = bits(this.sectors);
        long offerBits = bits(this.offers);
        long seekBits = bits(this.seeks);
        this.traits = new long[TRAIT_WORDS];
        traits[ORGANISATION_HIGH] = organisationId.getMostSignificantBits();
        traits[ORGANISATION_LOW] = organisationId.getLeastSignificantBits();
        traits[TOPICS] = sectorBits | offerBits << OFFERS_SHIFT | seekBits << SEEKS_SHIFT;
        traits[LANGUAGES] = Languages.bits(this.languages);
        traits[PERSON] = 1L << category.ordinal() | 1L << organisationKind.ordinal() << KIND_SHIFT
                | forumCountryBit(country) << COUNTRY_SHIFT;
        this.sectorsSought = sectorBits;
        this.interestsSought = seekBits << OFFERS_SHIFT | offerBits << SEEKS_SHIFT;
        this.fitting = MatchScorer.fitting(category, organisationKind);
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

    /** Russia's or China's bit; none for any other country. */
    private static long forumCountryBit(String country) {
        int index = MatchScorer.FORUM_COUNTRIES.indexOf(country);
        return index < 0 ? 0 : 1L << index;
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
