package dev.dialogue.matchmaking.domain;

import static dev.dialogue.matchmaking.domain.MatchProfile.COUNTRY_BITS;
import static dev.dialogue.matchmaking.domain.MatchProfile.KIND_SHIFT;
import static dev.dialogue.matchmaking.domain.MatchProfile.LANGUAGES;
import static dev.dialogue.matchmaking.domain.MatchProfile.ORGANISATION_HIGH;
import static dev.dialogue.matchmaking.domain.MatchProfile.ORGANISATION_LOW;
import static dev.dialogue.matchmaking.domain.MatchProfile.PERSON;
import static dev.dialogue.matchmaking.domain.MatchProfile.TOPICS;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.matchmaking.config.MatchmakingConfig.Weights;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why two participants are worth meeting, and how much. A pair is a match only with something to
 * talk about (a shared sector, or an interest one offers and the other seeks); the other reasons
 * rank matches. Colleagues of one organisation are never matched.
 */
public final class MatchScorer {

    /** One reason, as a code a front end can translate and a sentence a person can read. */
    public record Reason(String code, String text, double points) {
    }

    public record Match(double score, List<Reason> reasons) {
    }

    /** Russia and China: the forum's purpose. */
    static final List<String> FORUM_COUNTRIES = List.of("RU", "CN");
    private static final int NO_FIT = 0;
    private static final int CATEGORIES_FIT = 1;
    private static final int ORGANISATIONS_FIT = 2;

    // The weights as plain fields, read once: ranking needs them for every candidate.
    private final double perSharedSector;
    private final double perComplementaryInterest;
    private final double forCrossBorder;
    private final double forCommonLanguage;
    private final double forInterpreterNeeded;
    private final double forCategoryFit;

    public MatchScorer(Weights weights) {
        this.perSharedSector = weights.sharedSector();
        this.perComplementaryInterest = weights.complementaryInterest();
        this.forCrossBorder = weights.crossBorder();
        this.forCommonLanguage = weights.commonLanguage();
        this.forInterpreterNeeded = weights.interpreterNeeded();
        this.forCategoryFit = weights.categoryFit();
    }

    /** What {@link #points} returns for a pair with nothing to talk about. */
    public static final double NO_MATCH = Double.NEGATIVE_INFINITY;

    /** What the packed {@link #points(MatchProfile, long[], int)} returns when only the language codes can tell. */
    static final double UNDECIDED = Double.NaN;

    /** The match of {@code candidate} for {@code me}, or empty when they have nothing to talk about. */
    public Optional<Match> score(MatchProfile me, MatchProfile candidate) {
        if (colleagues(me, candidate)) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        Set<Sector> shared = intersection(me.sectors(), candidate.sectors(), Sector.class);
        if (!shared.isEmpty()) {
            reasons.add(new Reason("SHARED_SECTORS", "both work in " + shared.stream().map(s -> s.label().en())
                    .collect(Collectors.joining(", ")), perSharedSector * shared.size()));
        }
        Set<InterestType> theyOffer = intersection(me.seeks(), candidate.offers(), InterestType.class);
        if (!theyOffer.isEmpty()) {
            reasons.add(new Reason("THEY_OFFER_WHAT_YOU_SEEK", "offers " + words(theyOffer) + ", which you seek",
                    perComplementaryInterest * theyOffer.size()));
        }
        Set<InterestType> youOffer = intersection(me.offers(), candidate.seeks(), InterestType.class);
        if (!youOffer.isEmpty()) {
            reasons.add(new Reason("THEY_SEEK_WHAT_YOU_OFFER", "seeks " + words(youOffer) + ", which you offer",
                    perComplementaryInterest * youOffer.size()));
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        if (crossBorder(me, candidate)) {
            reasons.add(new Reason("CROSS_BORDER", me.country() + " ↔ " + candidate.country(), forCrossBorder));
        }
        Set<String> languages = new TreeSet<>(me.languages());
        languages.retainAll(candidate.languages());
        if (!languages.isEmpty()) {
            reasons.add(new Reason("COMMON_LANGUAGE", "you both speak " + String.join(", ", languages),
                    forCommonLanguage));
        } else {
            reasons.add(new Reason("INTERPRETER_NEEDED", "no common language: an interpreter is needed",
                    forInterpreterNeeded));
        }
        int fit = fit(me, candidate);
        if (fit == CATEGORIES_FIT) {
            reasons.add(new Reason("CATEGORY_FIT", word(me.category()) + " ↔ " + word(candidate.category()), forCategoryFit));
        } else if (fit == ORGANISATIONS_FIT) {
            reasons.add(new Reason("CATEGORY_FIT", word(me.organisationKind()) + " ↔ " + word(candidate.organisationKind()),
                    forCategoryFit));
        }
        double score = reasons.stream().mapToDouble(Reason::points).sum();
        return Optional.of(new Match(score, List.copyOf(reasons)));
    }

    /**
     * The score of {@link #score} without the words, or {@link #NO_MATCH}: what ranking every
     * candidate needs, computed without allocating, so that only the chosen few are explained.
     */
    public double points(MatchProfile me, MatchProfile candidate) {
        double points = points(me, candidate.traits, 0);
        return Double.isNaN(points) ? score(me, candidate).map(Match::score).orElse(NO_MATCH) : points;
    }

    /**
     * {@link #points} of the candidate whose traits start at {@code traits[at]}, reading nothing
     * else of theirs; {@link #UNDECIDED} when both speak languages beyond {@link Languages}' own
     * bits and share no other.
     */
    double points(MatchProfile me, long[] traits, int at) {
        long[] mine = me.traits;
        if (mine[ORGANISATION_HIGH] == traits[at + ORGANISATION_HIGH] && mine[ORGANISATION_LOW] == traits[at + ORGANISATION_LOW]) {
            return NO_MATCH;
        }
        long topics = traits[at + TOPICS];
        int shared = Long.bitCount(me.sectorsSought & topics);
        int complementary = Long.bitCount(me.interestsSought & topics);
        if (shared + complementary == 0) {
            return NO_MATCH;
        }
        long person = traits[at + PERSON];
        // Added in the order of score's reasons, so that both sums round alike.
        double points = perSharedSector * shared + perComplementaryInterest * complementary
                + (crossBorder(mine[PERSON], person) ? forCrossBorder : 0);
        long common = mine[LANGUAGES] & traits[at + LANGUAGES];
        if ((common & ~Languages.OTHER) != 0) {
            points += forCommonLanguage;
        } else if (common == 0) {
            points += forInterpreterNeeded;
        } else {
            return UNDECIDED;
        }
        return points + ((me.fitting & person) != 0 ? forCategoryFit : 0);
    }

    /** Colleagues of one organisation, oneself included, are never matched. */
    private static boolean colleagues(MatchProfile me, MatchProfile candidate) {
        return me.organisationId().equals(candidate.organisationId());
    }

    private static boolean crossBorder(MatchProfile a, MatchProfile b) {
        return FORUM_COUNTRIES.contains(a.country()) && FORUM_COUNTRIES.contains(b.country()) && !a.country().equals(b.country());
    }

    /** The same, from the forum-country bits of two {@link MatchProfile#PERSON} words. */
    private static boolean crossBorder(long person, long other) {
        long country = person & COUNTRY_BITS;
        long otherCountry = other & COUNTRY_BITS;
        return country != 0 && otherCountry != 0 && country != otherCountry;
    }

    /** Whether the two categories, or else the two organisation kinds, fit each other. */
    private static int fit(MatchProfile a, MatchProfile b) {
        if (categoriesFit(a.category(), b.category())) {
            return CATEGORIES_FIT;
        }
        return kindsFit(a.organisationKind(), b.organisationKind()) ? ORGANISATIONS_FIT : NO_FIT;
    }

    /** The bits of a {@link MatchProfile#PERSON} word whose category or organisation kind fits these. */
    static long fitting(ParticipantCategory category, OrganisationKind kind) {
        long bits = 0;
        for (ParticipantCategory other : ParticipantCategory.values()) {
            bits |= categoriesFit(category, other) ? 1L << other.ordinal() : 0;
        }
        for (OrganisationKind other : OrganisationKind.values()) {
            bits |= kindsFit(kind, other) ? 1L << other.ordinal() << KIND_SHIFT : 0;
        }
        return bits;
    }

    private static boolean categoriesFit(ParticipantCategory a, ParticipantCategory b) {
        return pair(a, b, ParticipantCategory.INVESTOR, ParticipantCategory.YOUNG_ENTREPRENEUR)
                || pair(a, b, ParticipantCategory.INVESTOR, ParticipantCategory.COMPANY_REPRESENTATIVE)
                || pair(a, b, ParticipantCategory.INDUSTRY_EXPERT, ParticipantCategory.COMPANY_REPRESENTATIVE)
                || pair(a, b, ParticipantCategory.GOVERNMENT_OFFICIAL, ParticipantCategory.BUSINESS_ASSOCIATION);
    }

    private static boolean kindsFit(OrganisationKind a, OrganisationKind b) {
        return pair(a, b, OrganisationKind.SEZ, OrganisationKind.COMPANY)
                || pair(a, b, OrganisationKind.INVESTOR, OrganisationKind.COMPANY);
    }

    private static <E> boolean pair(E a, E b, E one, E other) {
        return (a == one && b == other) || (a == other && b == one);
    }

    private static <E extends Enum<E>> Set<E> intersection(Set<E> a, Set<E> b, Class<E> type) {
        Set<E> both = EnumSet.noneOf(type);
        both.addAll(a);
        both.retainAll(b);
        return both;
    }

    private static String words(Set<InterestType> types) {
        return types.stream().map(MatchScorer::word).collect(Collectors.joining(", "));
    }

    private static String word(Enum<?> code) {
        return code == OrganisationKind.SEZ ? "SEZ" : code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
