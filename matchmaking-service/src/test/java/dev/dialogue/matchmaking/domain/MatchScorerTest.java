package dev.dialogue.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.matchmaking.config.MatchmakingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    static final MatchmakingConfig.Weights WEIGHTS = MatchmakingConfig.Weights.defaults();

    private final MatchScorer scorer = new MatchScorer(WEIGHTS);

    private final MatchProfile technopolis = profile(OrganisationKind.SEZ, "RU", ParticipantCategory.GOVERNMENT_OFFICIAL,
            Set.of("ru", "en"), Set.of(Sector.ROBOTICS, Sector.MICROELECTRONICS), Set.of(InterestType.SEZ_SITE),
            Set.of(InterestType.PARTNERSHIP));
    private final MatchProfile lunai = profile(OrganisationKind.COMPANY, "CN", ParticipantCategory.COMPANY_REPRESENTATIVE,
            Set.of("zh", "en"), Set.of(Sector.MICROELECTRONICS, Sector.TELECOM_IT), Set.of(InterestType.PARTNERSHIP),
            Set.of(InterestType.SEZ_SITE));

    @Test
    void explainsEveryReasonAndAddsTheirPoints() {
        MatchScorer.Match match = scorer.score(technopolis, lunai).orElseThrow();

        assertThat(match.reasons()).extracting(MatchScorer.Reason::code).containsExactly("SHARED_SECTORS",
                "THEY_OFFER_WHAT_YOU_SEEK", "THEY_SEEK_WHAT_YOU_OFFER", "CROSS_BORDER", "COMMON_LANGUAGE", "CATEGORY_FIT");
        assertThat(match.reasons().get(0).text()).isEqualTo("both work in Microelectronics");
        assertThat(match.reasons().get(1).text()).isEqualTo("offers partnership, which you seek");
        assertThat(match.reasons().get(2).text()).isEqualTo("seeks sez site, which you offer");
        assertThat(match.reasons().get(5).text()).isEqualTo("SEZ ↔ company");
        assertThat(match.score()).isEqualTo(3 + 5 + 5 + 4 + 1 + 2);
    }

    @Test
    void isSymmetricInScore() {
        assertThat(scorer.score(lunai, technopolis).orElseThrow().score())
                .isEqualTo(scorer.score(technopolis, lunai).orElseThrow().score());
    }

    @Test
    void anInterpreterIsNeededWithoutACommonLanguage() {
        MatchProfile chineseOnly = profile(OrganisationKind.COMPANY, "CN", ParticipantCategory.COMPANY_REPRESENTATIVE,
                Set.of("zh"), Set.of(Sector.ROBOTICS), Set.of(), Set.of());
        MatchProfile russianOnly = profile(OrganisationKind.COMPANY, "RU", ParticipantCategory.COMPANY_REPRESENTATIVE,
                Set.of("ru"), Set.of(Sector.ROBOTICS), Set.of(), Set.of());

        MatchScorer.Match match = scorer.score(chineseOnly, russianOnly).orElseThrow();
        assertThat(match.reasons()).extracting(MatchScorer.Reason::code).contains("INTERPRETER_NEEDED", "CROSS_BORDER");
        assertThat(match.score()).isEqualTo(3 + 4 - 1);
    }

    @Test
    void nothingToTalkAboutIsNoMatch() {
        MatchProfile pharma = profile(OrganisationKind.COMPANY, "CN", ParticipantCategory.INVESTOR, Set.of("ru"),
                Set.of(Sector.PHARMACEUTICALS), Set.of(InterestType.INVESTMENT), Set.of());
        assertThat(scorer.score(technopolis, pharma)).isEmpty();
    }

    @Test
    void colleaguesAndOneselfAreNeverMatched() {
        MatchProfile colleague = new MatchProfile(UUID.randomUUID(), technopolis.organisationId(),
                OrganisationKind.SEZ, "RU", ParticipantCategory.INVESTOR, Set.of("ru"), Set.of(Sector.ROBOTICS),
                Set.of(InterestType.PARTNERSHIP), Set.of(InterestType.SEZ_SITE));
        assertThat(scorer.score(technopolis, colleague)).isEmpty();
        assertThat(scorer.score(technopolis, technopolis)).isEmpty();
    }

    @Test
    void anInvestorFitsAYoungEntrepreneur() {
        MatchProfile investor = profile(OrganisationKind.INVESTOR, "RU", ParticipantCategory.INVESTOR, Set.of("en"),
                Set.of(Sector.ARTIFICIAL_INTELLIGENCE), Set.of(InterestType.INVESTMENT), Set.of());
        MatchProfile founder = profile(OrganisationKind.COMPANY, "CN", ParticipantCategory.YOUNG_ENTREPRENEUR,
                Set.of("en"), Set.of(Sector.ARTIFICIAL_INTELLIGENCE), Set.of(), Set.of(InterestType.INVESTMENT));

        assertThat(scorer.score(investor, founder).orElseThrow().reasons())
                .anySatisfy(reason -> assertThat(reason.text()).isEqualTo("investor ↔ young entrepreneur"));
    }

    @Test
    void pointsAreTheScoreWithoutTheWords() {
        RandomProfiles random = new RandomProfiles(7);
        int matches = 0;
        for (int i = 0; i < 5_000; i++) {
            MatchProfile a = random.next();
            MatchProfile b = random.next();
            double points = scorer.points(a, b);
            var match = scorer.score(a, b);
            if (match.isPresent()) {
                matches++;
                assertThat(points).isEqualTo(match.get().score());
            } else {
                assertThat(points).isEqualTo(MatchScorer.NO_MATCH);
            }
        }
        assertThat(matches).isBetween(500, 4_500);
    }

    @Test
    void languagesBeyondTheirBitsAreComparedCodeByCode() {
        List<String> everyCode = new ArrayList<>();
        for (char first = 'a'; first <= 'z'; first++) {
            for (char second = 'a'; second <= 'z'; second++) {
                everyCode.add("" + first + second);
            }
        }
        Languages.bits(everyCode);
        List<String> beyond = everyCode.stream().filter(code -> Languages.bits(List.of(code)) == Languages.OTHER).toList();
        MatchProfile speaker = profile(OrganisationKind.COMPANY, "RU", ParticipantCategory.INVESTOR, Set.of(beyond.get(0)),
                Set.of(Sector.ROBOTICS), Set.of(), Set.of());
        MatchProfile sameLanguage = profile(OrganisationKind.COMPANY, "CN", ParticipantCategory.INVESTOR,
                Set.of(beyond.get(0), beyond.get(2)), Set.of(Sector.ROBOTICS), Set.of(), Set.of());
        MatchProfile otherLanguage = profile(OrganisationKind.COMPANY, "CN", ParticipantCategory.INVESTOR,
                Set.of(beyond.get(1)), Set.of(Sector.ROBOTICS), Set.of(), Set.of());

        assertThat(beyond).hasSize(everyCode.size() - 63);
        assertThat(scorer.score(speaker, sameLanguage).orElseThrow().reasons()).extracting(MatchScorer.Reason::code)
                .contains("COMMON_LANGUAGE");
        assertThat(scorer.points(speaker, sameLanguage)).isEqualTo(scorer.score(speaker, sameLanguage).orElseThrow().score());
        assertThat(scorer.score(speaker, otherLanguage).orElseThrow().reasons()).extracting(MatchScorer.Reason::code)
                .contains("INTERPRETER_NEEDED");
        assertThat(scorer.points(speaker, otherLanguage)).isEqualTo(scorer.score(speaker, otherLanguage).orElseThrow().score());
    }

    @Test
    void everyTraitHasRoomInItsWord() {
        assertThat(Sector.values().length).isLessThanOrEqualTo(MatchProfile.OFFERS_SHIFT);
        assertThat(InterestType.values().length).isLessThanOrEqualTo(MatchProfile.SEEKS_SHIFT - MatchProfile.OFFERS_SHIFT)
                .isLessThanOrEqualTo(Long.SIZE - MatchProfile.SEEKS_SHIFT);
        assertThat(ParticipantCategory.values().length).isLessThanOrEqualTo(MatchProfile.KIND_SHIFT);
        assertThat(OrganisationKind.values().length).isLessThanOrEqualTo(MatchProfile.COUNTRY_SHIFT - MatchProfile.KIND_SHIFT);
        assertThat(MatchScorer.FORUM_COUNTRIES).hasSize(Long.bitCount(MatchProfile.COUNTRY_BITS));
    }

    private static MatchProfile profile(OrganisationKind kind, String country, ParticipantCategory category,
            Set<String> languages, Set<Sector> sectors, Set<InterestType> offers, Set<InterestType> seeks) {
        return new MatchProfile(UUID.randomUUID(), UUID.randomUUID(), kind, country, category, languages, sectors,
                offers, seeks);
    }
}
