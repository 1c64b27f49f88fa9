package dev.dialogue.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.matchmaking.domain.SchedulePlanner.Calendar;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Plan;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Request;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Slot;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2025-11-20T14:00:00+08:00");

    @Test
    void movesAMeetingAsideToMakeRoomWhereGreedyWouldStop() {
        UUID session = UUID.randomUUID();
        List<Slot> slots = List.of(new Slot(session, START, 1), new Slot(session, START.plusMinutes(20), 1));
        UUID anna = UUID.randomUUID();
        UUID liu = UUID.randomUUID();
        UUID chen = UUID.randomUUID();
        // Liu is free only in the first slot; Anna–Chen, asked first, would take it if placed greedily.
        Request annaChen = new Request(UUID.randomUUID(), anna, chen);
        Request annaLiu = new Request(UUID.randomUUID(), anna, liu);
        Calendar calendar = calendar(Map.of(liu, Set.of(1)), Map.of());

        Plan plan = SchedulePlanner.plan(slots, List.of(annaChen, annaLiu), calendar, 10);

        assertThat(plan.unplaced()).isEmpty();
        assertThat(plan.placed().get(annaLiu.meetingId())).isEqualTo(slots.get(0));
        assertThat(plan.placed().get(annaChen.meetingId())).isEqualTo(slots.get(1));
        assertThat(plan.upperBound()).isEqualTo(2);
    }

    @Test
    void neverDoubleBooksATableAParticipantOrTheCap() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Instance instance = Instance.random(random, 12, 40, 4, 3, 2);
            Plan plan = SchedulePlanner.plan(instance.slots, instance.requests, instance.calendar(), instance.cap);
            instance.assertValid(plan);
            assertThat(plan.placed().size()).isLessThanOrEqualTo(plan.upperBound());
        }
    }

    /**
     * The exhaustive search tries every assignment. On thousands of random small instances the
     * planner must hold the optimum on nearly all, and nearly all meetings overall.
     */
    @Test
    void holdsNearlyAsManyMeetingsAsAnExhaustiveSearchOnSmallInstances() {
        Random random = new Random(2025);
        int instances = 3000;
        int optimal = 0;
        long planned = 0;
        long best = 0;
        for (int round = 0; round < instances; round++) {
            Instance instance = Instance.random(random, 7, 8, 3, 3, 2);
            Plan plan = SchedulePlanner.plan(instance.slots, instance.requests, instance.calendar(), instance.cap);
            instance.assertValid(plan);
            int maximum = instance.bruteForceMaximum();
            assertThat(plan.upperBound()).isGreaterThanOrEqualTo(maximum);
            optimal += plan.placed().size() == maximum ? 1 : 0;
            planned += plan.placed().size();
            best += maximum;
        }
        System.out.printf("planner optimal on %d of %d instances; %d of %d meetings%n", optimal, instances, planned, best);
        assertThat(optimal).isGreaterThanOrEqualTo(instances * 99 / 100);
        assertThat(planned).isGreaterThanOrEqualTo(best * 995 / 1000);
    }

    private static Calendar calendar(Map<UUID, Set<Integer>> busySlots, Map<UUID, Integer> alreadyInSession) {
        return new Calendar() {
            @Override
            public boolean free(UUID participantId, Slot slot) {
                int index = (int) java.time.Duration.between(START, slot.startsAt()).toMinutes() / 20;
                return !busySlots.getOrDefault(participantId, Set.of()).contains(index);
            }

            @Override
            public int meetingsIn(UUID participantId, UUID sessionId) {
                return alreadyInSession.getOrDefault(participantId, 0);
            }
        };
    }

    /** A random instance: participants, requests between them, slots of one session, busy slots, a cap. */
    private record Instance(List<UUID> people, List<Slot> slots, List<Request> requests, Map<UUID, Set<Integer>> busy,
            Map<UUID, Integer> already, int cap) {

        static Instance random(Random random, int maxPeople, int maxRequests, int maxSlots, int maxTables, int maxCap) {
            UUID session = UUID.randomUUID();
            List<UUID> people = new ArrayList<>();
            for (int i = 0, n = 3 + random.nextInt(maxPeople - 2); i < n; i++) {
                people.add(UUID.randomUUID());
            }
            List<Slot> slots = new ArrayList<>();
            for (int s = 0, n = 1 + random.nextInt(maxSlots); s < n; s++) {
                slots.add(new Slot(session, START.plusMinutes(20L * s), random.nextInt(maxTables + 1)));
            }
            Set<Set<UUID>> pairs = new HashSet<>();
            List<Request> requests = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(maxRequests); i < n; i++) {
                UUID a = people.get(random.nextInt(people.size()));
                UUID b = people.get(random.nextInt(people.size()));
                if (!a.equals(b) && pairs.add(Set.of(a, b))) {
                    requests.add(new Request(UUID.randomUUID(), a, b));
                }
            }
            Map<UUID, Set<Integer>> busy = new HashMap<>();
            Map<UUID, Integer> already = new HashMap<>();
            for (UUID person : people) {
                Set<Integer> slotsBusy = new HashSet<>();
                for (int s = 0; s < slots.size(); s++) {
                    if (random.nextInt(4) == 0) {
                        slotsBusy.add(s);
                    }
                }
                busy.put(person, slotsBusy);
                already.put(person, random.nextInt(2));
            }
            return new Instance(people, slots, requests, busy, already, 1 + random.nextInt(maxCap + 1));
        }

        Calendar calendar() {
            return SchedulePlannerTest.calendar(busy, already);
        }

        void assertValid(Plan plan) {
            assertThat(plan.placed().size() + plan.unplaced().size()).isEqualTo(requests.size());
            Map<Slot, Integer> perSlot = new HashMap<>();
            Map<UUID, Set<Slot>> perPerson = new HashMap<>();
            for (Request request : requests) {
                Slot slot = plan.placed().get(request.meetingId());
                if (slot == null) {
                    continue;
                }
                perSlot.merge(slot, 1, Integer::sum);
                for (UUID person : List.of(request.requesterId(), request.inviteeId())) {
                    assertThat(calendar().free(person, slot)).isTrue();
                    assertThat(perPerson.computeIfAbsent(person, p -> new HashSet<>()).add(slot)).as("double-booked").isTrue();
                }
            }
            perSlot.forEach((slot, count) -> assertThat(count).isLessThanOrEqualTo(slot.freeTables()));
            perPerson.forEach((person, taken) -> assertThat(taken.size() + already.get(person)).isLessThanOrEqualTo(cap));
        }

        /** Tries every way of giving each request a slot or none. */
        int bruteForceMaximum() {
            return search(0, new int[slots.size()], new HashMap<>(), new HashMap<>());
        }

        private int search(int index, int[] tablesUsed, Map<UUID, Set<Integer>> taken, Map<UUID, Integer> count) {
            if (index == requests.size()) {
                return 0;
            }
            int best = search(index + 1, tablesUsed, taken, count);
            Request request = requests.get(index);
            List<UUID> pair = List.of(request.requesterId(), request.inviteeId());
            for (int s = 0; s < slots.size(); s++) {
                int slot = s;
                boolean fits = tablesUsed[s] < slots.get(s).freeTables() && pair.stream().allMatch(person ->
                        !busy.get(person).contains(slot) && !taken.getOrDefault(person, Set.of()).contains(slot)
                                && already.get(person) + count.getOrDefault(person, 0) < cap);
                if (!fits) {
                    continue;
                }
                tablesUsed[s]++;
                pair.forEach(person -> {
                    taken.computeIfAbsent(person, p -> new HashSet<>()).add(slot);
                    count.merge(person, 1, Integer::sum);
                });
                best = Math.max(best, 1 + search(index + 1, tablesUsed, taken, count));
                tablesUsed[s]--;
                pair.forEach(person -> {
                    taken.get(person).remove(slot);
                    count.merge(person, -1, Integer::sum);
                });
            }
            return best;
        }
    }
}
