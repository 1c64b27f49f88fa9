package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;
import static dev.dialogue.bench.Timings.ratio;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.MatchProfile;
import dev.dialogue.matchmaking.domain.MatchScorer;
import dev.dialogue.matchmaking.domain.ProfileIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Scenario 4: recommendations at 1k, 10k and 50k profiles, in process (the database and HTTP round
 * trips around them are not in these figures). A top-10 query of the service's index (candidates
 * from the bit sets, points for each, reasons for the ten) against the baseline of a brute-force
 * scan that explains and scores every profile and sorts them, in the same run; and the cost of
 * absorbing one new profile into the index.
 */
final class RecommendationScenario {

    private static final int[] SIZES = {1_000, 10_000, 50_000};
    private static final int QUERIES = 2_000;
    private static final int BRUTE_FORCE_QUERIES = 200;
    private static final int LIMIT = 10;
    private static final List<String> COUNTRIES = List.of("RU", "RU", "CN", "CN", "CN", "KZ");
    private static final List<String> LANGUAGES = List.of("ru", "zh", "en");


    private final MatchScorer scorer = new MatchScorer(MatchmakingConfig.Weights.defaults());
    private final Random random = new Random(2024);
    private final List<UUID> organisations = new ArrayList<>();

    RecommendationScenario() {
        for (int i = 0; i < 3_000; i++) {
            organisations.add(new UUID(2024, i));
        }
    }

    Map<String, Object> run() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int size : SIZES) {
            List<MatchProfile> profiles = new ArrayList<>();
            ProfileIndex index = new ProfileIndex();
            for (int i = 0; i < size; i++) {
                MatchProfile profile = profile();
                profiles.add(profile);
                index.put(entry(profile));
            }
            long[] indexed = new long[QUERIES];
            long[] bruteForce = new long[BRUTE_FORCE_QUERIES];
            for (int round = 0; round < 2; round++) {
                // The first round warms the JIT up; the second is measured.
                for (int q = 0; q < QUERIES; q++) {
                    MatchProfile me = profiles.get(random.nextInt(size));
                    long began = System.nanoTime();
                    index.best(me, LIMIT, Set.of(), scorer).forEach(ranked -> scorer.score(me, ranked.entry().profile()));
                    indexed[q] = System.nanoTime() - began;
                }
                for (int q = 0; q < BRUTE_FORCE_QUERIES; q++) {
                    MatchProfile me = profiles.get(random.nextInt(size));
                    long began = System.nanoTime();
                    bruteForce(me, profiles);
                    bruteForce[q] = System.nanoTime() - began;
                }
            }
            long[] updates = new long[QUERIES];
            for (int u = 0; u < QUERIES; u++) {
                MatchProfile newcomer = profile();
                long began = System.nanoTime();
                index.put(entry(newcomer));
                updates[u] = System.nanoTime() - began;
                index.remove(newcomer.participantId());
            }
            String at = size / 1_000 + "k";
            result.put(at + " indexQueryP50Ms", millis(percentile(indexed, 50)));
            result.put(at + " indexQueryP99Ms", millis(percentile(indexed, 99)));
            result.put(at + " bruteForceP50Ms", millis(percentile(bruteForce, 50)));
            result.put(at + " bruteForceP99Ms", millis(percentile(bruteForce, 99)));
            result.put(at + " bruteForceOverIndexP50", ratio(percentile(bruteForce, 50), percentile(indexed, 50)));
            result.put(at + " updateP50Ms", millis(percentile(updates, 50)));
            result.put(at + " updateP99Ms", millis(percentile(updates, 99)));
        }
        result.put("targets", "at 50k: query p99 under 10 ms, update under 5 ms");
        return result;
    }

    private List<MatchScorer.Match> bruteForce(MatchProfile me, List<MatchProfile> profiles) {
        return profiles.stream()
                .flatMap(candidate -> scorer.score(me, candidate).stream())
                .sorted(Comparator.comparingDouble(MatchScorer.Match::score).reversed())
                .limit(LIMIT)
                .toList();
    }

    /** One to three sectors of nineteen, up to two offered and two sought interests, one to three languages. */
    private MatchProfile profile() {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        if (random.nextBoolean()) {
            languages.add("en");
        }
        return new MatchProfile(UUID.randomUUID(), organisations.get(random.nextInt(organisations.size())),
                pick(OrganisationKind.values()), COUNTRIES.get(random.nextInt(COUNTRIES.size())),
                pick(ParticipantCategory.values()), languages, some(Sector.values(), 1 + random.nextInt(3), Sector.class),
                some(InterestType.values(), random.nextInt(3), InterestType.class),
                some(InterestType.values(), random.nextInt(3), InterestType.class));
    }

    private ProfileIndex.Entry entry(MatchProfile profile) {
        return new ProfileIndex.Entry(profile, "Participant " + profile.participantId(), "Organisation " + profile.organisationId());
    }

    private <E extends Enum<E>> Set<E> some(E[] values, int count, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (int i = 0; i < count; i++) {
            chosen.add(pick(values));
        }
        return chosen;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
