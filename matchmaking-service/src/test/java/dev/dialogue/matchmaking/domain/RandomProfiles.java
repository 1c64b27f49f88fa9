package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Deterministic random profiles for property tests: few organisations, so colleagues occur. */
final class RandomProfiles {

    private static final List<String> COUNTRIES = List.of("RU", "CN", "CN", "RU", "KZ");
    private static final List<String> LANGUAGES = List.of("ru", "zh", "en");

    private final Random random;
    private final List<UUID> organisations = new ArrayList<>();

    RandomProfiles(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            organisations.add(new UUID(seed, i));
        }
    }

    MatchProfile next() {
        return new MatchProfile(new UUID(random.nextLong(), random.nextLong()),
                organisations.get(random.nextInt(organisations.size())), pick(OrganisationKind.values()),
                COUNTRIES.get(random.nextInt(COUNTRIES.size())), pick(ParticipantCategory.values()), languages(),
                some(Sector.class, 3), some(InterestType.class, 2), some(InterestType.class, 2));
    }

    private Set<String> languages() {
        Set<String> spoken = new LinkedHashSet<>();
        LANGUAGES.forEach(language -> {
            if (random.nextInt(3) == 0) {
                spoken.add(language);
            }
        });
        return spoken;
    }

    private <E extends Enum<E>> Set<E> some(Class<E> type, int most) {
        Set<E> chosen = EnumSet.noneOf(type);
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            chosen.add(pick(type.getEnumConstants()));
        }
        return chosen;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
