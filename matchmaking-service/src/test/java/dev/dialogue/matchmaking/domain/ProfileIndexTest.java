package dev.dialogue.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.Sector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileIndexTest {

    private final MatchScorer scorer = new MatchScorer(MatchScorerTest.WEIGHTS);
    private final RandomProfiles random = new RandomProfiles(11);

    @Test
    void ranksExactlyLikeScoringEveryone() {
        ProfileIndex index = new ProfileIndex();
        List<MatchProfile> everyone = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            MatchProfile profile = random.next();
            everyone.add(profile);
            index.put(entry(profile));
        }
        for (int i = 0; i < 100; i++) {
            MatchProfile me = everyone.get(i * 17);
            Set<UUID> excluded = Set.of(everyone.get(i).participantId(), everyone.get(i + 1).participantId());

            List<UUID> indexed = index.best(me, 10, excluded, scorer).stream()
                    .map(ranked -> ranked.entry().profile().participantId()).toList();

            assertThat(indexed).isEqualTo(bruteForce(me, everyone, excluded, 10));
        }
    }

    @Test
    void followsChangesAndRemovals() {
        ProfileIndex index = new ProfileIndex();
        MatchProfile me = random.next();
        MatchProfile roboticist = new MatchProfile(UUID.randomUUID(), UUID.randomUUID(), me.organisationKind(), "CN",
                me.category(), Set.of("en"), Set.of(Sector.ROBOTICS), Set.of(), Set.of());
        MatchProfile seeker = new MatchProfile(me.participantId(), UUID.randomUUID(), me.organisationKind(), "RU",
                me.category(), Set.of("en"), Set.of(Sector.ROBOTICS), Set.of(), Set.of(InterestType.INVESTMENT));
        index.put(entry(seeker));
        index.put(entry(roboticist));
        assertThat(index.best(seeker, 5, Set.of(), scorer)).extracting(ranked -> ranked.entry().profile())
                .containsExactly(roboticist);

        MatchProfile pharmacist = new MatchProfile(roboticist.participantId(), roboticist.organisationId(),
                roboticist.organisationKind(), "CN", roboticist.category(), Set.of("en"), Set.of(Sector.PHARMACEUTICALS),
                Set.of(), Set.of());
        index.put(entry(pharmacist));
        assertThat(index.best(seeker, 5, Set.of(), scorer)).isEmpty();
        assertThat(index.size()).isEqualTo(2);

        index.remove(seeker.participantId());
        assertThat(index.get(seeker.participantId())).isEmpty();
        index.put(entry(roboticist));
        assertThat(index.get(roboticist.participantId())).map(ProfileIndex.Entry::profile).contains(roboticist);
        assertThat(index.size()).isEqualTo(1);
    }

    private List<UUID> bruteForce(MatchProfile me, List<MatchProfile> everyone, Set<UUID> excluded, int limit) {
        record Scored(MatchProfile profile, double score) {
        }
        return everyone.stream()
                .filter(candidate -> !excluded.contains(candidate.participantId()))
                .flatMap(candidate -> scorer.score(me, candidate).map(match -> new Scored(candidate, match.score())).stream())
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(scored -> name(scored.profile()))
                        .thenComparing(scored -> scored.profile().participantId()))
                .limit(limit)
                .map(scored -> scored.profile().participantId())
                .toList();
    }

    private static ProfileIndex.Entry entry(MatchProfile profile) {
        return new ProfileIndex.Entry(profile, name(profile), "Organisation " + profile.organisationId());
    }

    /** Few distinct names, so that ties in score are broken by name and then by id. */
    private static String name(MatchProfile profile) {
        return "Participant " + Math.floorMod(profile.participantId().hashCode(), 7);
    }
}
