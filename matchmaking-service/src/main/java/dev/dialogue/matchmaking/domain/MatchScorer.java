package dev.dialogue.matchmaking.domain;

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
    static final Set<String> FORUM_COUNTRIES = Set.of("RU", "CN");
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
        if (colleagues(me, candidate)) {
            return NO_MATCH;
        }
        int shared = Long.bitCount(me.sectorBits & candidate.sectorBits);
        int complementary = Long.bitCount(me.seekBits & candidate.offerBits) + Long.bitCount(me.offerBits & candidate.seekBits);
        if (shared + complementary == 0) {
            return NO_MATCH;
        }
        return perSharedSector * shared + perComplementaryInterest * complementary
                + (crossBorder(me, candidate) ? forCrossBorder : 0)
                + (commonLanguage(me, candidate) ? forCommonLanguage : forInterpreterNeeded)
                + (fit(me, candidate) != NO_FIT ? forCategoryFit : 0);
    }

    /**
     * Colleagues of one organisation, oneself included, are never matched. The ids are compared as
     * numbers: ranking asks this for every candidate, without a visit to their UUID objects.
     */
    private static boolean colleagues(MatchProfile me, MatchProfile candidate) {
        return me.organisationHigh == candidate.organisationHigh && me.organisationLow == candidate.organisationLow;
    }

    private static boolean crossBorder(MatchProfile a, MatchProfile b) {
        return a.inForumCountry && b.inForumCountry && !a.country().equals(b.country());
    }

    private static boolean commonLanguage(MatchProfile a, MatchProfile b) {
        for (String language : a.spoken) {
            for (String other : b.spoken) {
                if (language == other) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the two categories, or else the two organisation kinds, fit each other. */
    private static int fit(MatchProfile a, MatchProfile b) {
        if (pair(a.category(), b.category(), ParticipantCategory.INVESTOR, ParticipantCategory.YOUNG_ENTREPRENEUR)
                || pair(a.category(), b.category(), ParticipantCategory.INVESTOR, ParticipantCategory.COMPANY_REPRESENTATIVE)
                || pair(a.category(), b.category(), ParticipantCategory.INDUSTRY_EXPERT, ParticipantCategory.COMPANY_REPRESENTATIVE)
                || pair(a.category(), b.category(), ParticipantCategory.GOVERNMENT_OFFICIAL, ParticipantCategory.BUSINESS_ASSOCIATION)) {
            return CATEGORIES_FIT;
        }
        if (pair(a.organisationKind(), b.organisationKind(), OrganisationKind.SEZ, OrganisationKind.COMPANY)
                || pair(a.organisationKind(), b.organisationKind(), OrganisationKind.INVESTOR, OrganisationKind.COMPANY)) {
            return ORGANISATIONS_FIT;
        }
        return NO_FIT;
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
