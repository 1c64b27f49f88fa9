package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;
import static dev.dialogue.bench.Timings.ratio;

import dev.dialogue.matchmaking.domain.SchedulePlanner;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Calendar;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Plan;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Request;
import dev.dialogue.matchmaking.domain.SchedulePlanner.Slot;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Scenario 5: 5,000 participants, 20,000 accepted requests, 24 slots, a tenth of participant-slots
 * unavailable (sessions, breaks), a cap of 12 per session. The planner of
 * {@code POST /schedule/run} against the baseline of quick scheduling (each request, in acceptance
 * order, into its earliest slot where both are free), timed in the same run; placed meetings
 * against the planner's upper bound. With the 150 tables the tables bind; with 1,000 the
 * participants' calendars do, which is where planning beats first-come placement.
 */
final class SchedulerScenario {

    private static final int PARTICIPANTS = 5_000;
    private static final int REQUESTS = 20_000;
    private static final int SLOTS = 24;
    private static final int CAP = 12;
    private static final int ROUNDS = 5;

    private final int tables;

    SchedulerScenario(int tables) {
        this.tables = tables;
    }

    Map<String, Object> run() {
        Random random = new Random(2025);
        UUID session = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.parse("2030-11-20T09:00:00+08:00");
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < SLOTS; s++) {
            slots.add(new Slot(session, start.plusMinutes(20L * s), tables));
        }
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            people.add(UUID.randomUUID());
        }
        Map<UUID, Set<OffsetDateTime>> busy = new HashMap<>();
        for (UUID person : people) {
            Set<OffsetDateTime> times = new HashSet<>();
            for (Slot slot : slots) {
                if (random.nextInt(10) == 0) {
                    times.add(slot.startsAt());
                }
            }
            busy.put(person, times);
        }
        List<Request> requests = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        while (requests.size() < REQUESTS) {
            UUID a = people.get(random.nextInt(PARTICIPANTS));
            UUID b = people.get(random.nextInt(PARTICIPANTS));
            if (!a.equals(b) && pairs.add(a.compareTo(b) < 0 ? a + "" + b : b + "" + a)) {
                requests.add(new Request(UUID.randomUUID(), a, b));
            }
        }
        Calendar calendar = new Calendar() {
            @Override
            public boolean free(UUID participantId, Slot slot) {
                return !busy.get(participantId).contains(slot.startsAt());
            }

            @Override
            public int meetingsIn(UUID participantId, UUID sessionId) {
                return 0;
            }
        };

        long[] greedyNanos = new long[ROUNDS];
        long[] plannerNanos = new long[ROUNDS];
        int greedyPlaced = 0;
        Plan plan = null;
        for (int round = 0; round < ROUNDS; round++) {
            long began = System.nanoTime();
            greedyPlaced = greedy(slots, requests, calendar);
            greedyNanos[round] = System.nanoTime() - began;
            began = System.nanoTime();
            plan = SchedulePlanner.plan(slots, requests, calendar, CAP);
            plannerNanos[round] = System.nanoTime() - began;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("participants", PARTICIPANTS);
        result.put("requests", REQUESTS);
        result.put("tables", tables);
        result.put("slots", SLOTS);
        result.put("rounds", ROUNDS);
        result.put("baselineQuickScheduleP50Ms", millis(percentile(greedyNanos, 50)));
        result.put("baselinePlaced", greedyPlaced);
        result.put("plannerP50Ms", millis(percentile(plannerNanos, 50)));
        result.put("plannerPlaced", plan.placed().size());
        result.put("upperBound", plan.upperBound());
        result.put("plannerShareOfUpperBound", ratio(plan.placed().size(), plan.upperBound()));
        result.put("plannerTimeOverBaseline", ratio(percentile(plannerNanos, 50), percentile(greedyNanos, 50)));
        result.put("targets", "planner under 2 s; at least 98% of the upper bound");
        return result;
    }

    /** Quick scheduling's rule, without the database: earliest slot free for both, with a table and under the cap. */
    private static int greedy(List<Slot> slots, List<Request> requests, Calendar calendar) {
        Map<UUID, Set<Integer>> taken = new HashMap<>();
        int[] tables = new int[slots.size()];
        int placed = 0;
        for (Request request : requests) {
            Set<Integer> a = taken.computeIfAbsent(request.requesterId(), id -> new HashSet<>());
            Set<Integer> b = taken.computeIfAbsent(request.inviteeId(), id -> new HashSet<>());
            if (a.size() >= CAP || b.size() >= CAP) {
                continue;
            }
            for (int s = 0; s < slots.size(); s++) {
                if (tables[s] < slots.get(s).freeTables() && !a.contains(s) && !b.contains(s)
                        && calendar.free(request.requesterId(), slots.get(s)) && calendar.free(request.inviteeId(), slots.get(s))) {
                    tables[s]++;
                    a.add(s);
                    b.add(s);
                    placed++;
                    break;
                }
            }
        }
        return placed;
    }
}
