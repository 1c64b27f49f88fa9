package dev.dialogue.matchmaking.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Places accepted meetings into slots so that as many as possible are held. No participant is in
 * two meetings of one slot, a slot holds no more meetings than it has free tables, and nobody
 * exceeds the per-session cap.
 *
 * <p>Most constrained requests go first, each into its earliest possible slot. A request that
 * finds no slot then tries an ejection chain: take a slot where a single meeting stands in its way,
 * move that meeting elsewhere (recursively, a few levels deep, within a node budget). This is a
 * heuristic for an NP-hard problem; {@code SchedulePlannerTest} compares it with an exhaustive
 * search on small instances, and the plan reports an upper bound to compare with on large ones.
 */
public final class SchedulePlanner {

    private static final int CHAIN_DEPTH = 4;
    private static final int NODES_PER_REQUEST = 400;
    private static final int PASSES = 3;

    /** A slot of a B2B session and how many of its tables are still free. */
    public record Slot(UUID sessionId, OffsetDateTime startsAt, int freeTables) {
    }

    /** An accepted meeting between two participants, waiting for a slot. */
    public record Request(UUID meetingId, UUID requesterId, UUID inviteeId) {
    }

    /** What the participants' calendars already say, before this plan. */
    public interface Calendar {

        /** Not in another meeting, session or break at that slot. */
        boolean free(UUID participantId, Slot slot);

        /** Meetings the participant already has in the session. */
        int meetingsIn(UUID participantId, UUID sessionId);
    }

    /** The slot of each placed meeting, the meetings left over, and an upper bound on what could be placed. */
    public record Plan(Map<UUID, Slot> placed, List<UUID> unplaced, int upperBound) {
    }

    private final List<Slot> slots;
    private final List<Request> requests;
    private final int capPerSession;
    private final int[] sessionOf;
    private final int[][] ends;
    private final boolean[][] open;
    private final int[][] usedBefore;
    private final int[][] used;
    private final int[][] occupant;
    private final int[] tablesLeft;
    private final int[] slotOf;
    private final List<Set<Integer>> atSlot;
    private final int[][] options;
    private int placedCount;
    private int budget;

    private SchedulePlanner(List<Slot> slots, List<Request> requests, Calendar calendar, int capPerSession) {
        this.slots = slots;
        this.requests = requests;
        this.capPerSession = capPerSession;
        Map<UUID, Integer> sessions = new HashMap<>();
        sessionOf = new int[slots.size()];
        for (int s = 0; s < slots.size(); s++) {
            sessionOf[s] = sessions.computeIfAbsent(slots.get(s).sessionId(), id -> sessions.size());
        }
        Map<UUID, Integer> participants = new LinkedHashMap<>();
        ends = new int[requests.size()][2];
        for (int m = 0; m < requests.size(); m++) {
            ends[m][0] = participants.computeIfAbsent(requests.get(m).requesterId(), id -> participants.size());
            ends[m][1] = participants.computeIfAbsent(requests.get(m).inviteeId(), id -> participants.size());
        }
        open = new boolean[participants.size()][slots.size()];
        used = new int[participants.size()][sessions.size()];
        occupant = new int[participants.size()][slots.size()];
        participants.forEach((id, p) -> {
            for (int s = 0; s < slots.size(); s++) {
                open[p][s] = calendar.free(id, slots.get(s));
            }
            sessions.forEach((sessionId, index) -> used[p][index] = calendar.meetingsIn(id, sessionId));
            Arrays.fill(occupant[p], -1);
        });
        usedBefore = Arrays.stream(used).map(int[]::clone).toArray(int[][]::new);
        tablesLeft = slots.stream().mapToInt(Slot::freeTables).toArray();
        slotOf = new int[requests.size()];
        Arrays.fill(slotOf, -1);
        atSlot = new ArrayList<>();
        slots.forEach(slot -> atSlot.add(new HashSet<>()));
        options = new int[requests.size()][];
        for (int m = 0; m < requests.size(); m++) {
            int a = ends[m][0];
            int b = ends[m][1];
            options[m] = IntStream.range(0, slots.size())
                    .filter(s -> open[a][s] && open[b][s] && slots.get(s).freeTables() > 0).toArray();
        }
    }

    /**
     * Plans the requests into the slots (given in time order). A request whose two participants
     * are the same person is not expected here; the meeting table's constraints forbid it.
     */
    public static Plan plan(List<Slot> slots, List<Request> requests, Calendar calendar, int capPerSession) {
        return new SchedulePlanner(slots, requests, calendar, capPerSession).run();
    }

    private Plan run() {
        int[] degree = new int[open.length];
        for (int[] pair : ends) {
            degree[pair[0]]++;
            degree[pair[1]]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int m = 0; m < requests.size(); m++) {
            order.add(m);
        }
        order.sort(Comparator.<Integer>comparingInt(m -> options[m].length)
                .thenComparing(m -> -(degree[ends[m][0]] + degree[ends[m][1]])));
        List<Integer> waiting = new ArrayList<>();
        for (int m : order) {
            if (!placeDirectly(m)) {
                waiting.add(m);
            }
        }
        // A plan that reaches the bound cannot be improved: the search below would only burn time.
        int bound = upperBound();
        boolean improved = !waiting.isEmpty();
        for (int pass = 0; pass < PASSES && improved && placedCount < bound; pass++) {
            improved = false;
            for (int m : waiting) {
                budget = NODES_PER_REQUEST;
                improved |= placedCount < bound && slotOf[m] < 0 && chain(m, CHAIN_DEPTH, new HashSet<>(Set.of(m)));
            }
            Map<Integer, List<Integer>> waitingByParticipant = waitingOf(waiting);
            for (int m : waiting) {
                improved |= placedCount < bound && slotOf[m] < 0 && swapIn(m, waitingByParticipant);
            }
            waiting.removeIf(m -> slotOf[m] >= 0);
        }
        Map<UUID, Slot> placed = new LinkedHashMap<>();
        List<UUID> unplaced = new ArrayList<>();
        for (int m = 0; m < requests.size(); m++) {
            if (slotOf[m] >= 0) {
                placed.put(requests.get(m).meetingId(), slots.get(slotOf[m]));
            } else {
                unplaced.add(requests.get(m).meetingId());
            }
        }
        return new Plan(placed, unplaced, bound);
    }

    private boolean placeDirectly(int m) {
        for (int s : options[m]) {
            if (fits(m, s)) {
                place(m, s);
                return true;
            }
        }
        return false;
    }

    /** Places m, moving one blocking meeting per level out of its way; undoes everything on failure. */
    private boolean chain(int m, int depth, Set<Integer> moving) {
        if (placeDirectly(m)) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (int s : options[m]) {
            if (!roomInSession(m, s)) {
                continue;
            }
            for (int blocker : blockers(m, s)) {
                if (moving.contains(blocker) || budget-- <= 0) {
                    continue;
                }
                unplace(blocker);
                if (fits(m, s)) {
                    place(m, s);
                    moving.add(blocker);
                    if (chain(blocker, depth - 1, moving)) {
                        return true;
                    }
                    moving.remove(blocker);
                    unplace(m);
                }
                place(blocker, s);
            }
        }
        return false;
    }

    /**
     * One out, two in: m takes the place of the one meeting blocking it in a slot, and a participant
     * of the removed meeting, freed in that slot and in their session's cap, takes another waiting
     * request. Undone unless both fit.
     */
    private boolean swapIn(int m, Map<Integer, List<Integer>> waitingByParticipant) {
        for (int s : options[m]) {
            for (int blocker : blockers(m, s)) {
                if (occupant[ends[m][0]][s] != blocker && occupant[ends[m][1]][s] != blocker) {
                    continue;
                }
                unplace(blocker);
                if (!fits(m, s)) {
                    place(blocker, s);
                    continue;
                }
                place(m, s);
                for (int freed : ends[blocker]) {
                    for (int other : waitingByParticipant.getOrDefault(freed, List.of())) {
                        if (other != m && slotOf[other] < 0 && placeDirectly(other)) {
                            return true;
                        }
                    }
                }
                unplace(m);
                place(blocker, s);
            }
        }
        return false;
    }

    private Map<Integer, List<Integer>> waitingOf(List<Integer> waiting) {
        Map<Integer, List<Integer>> byParticipant = new HashMap<>();
        for (int m : waiting) {
            if (slotOf[m] < 0) {
                for (int p : ends[m]) {
                    byParticipant.computeIfAbsent(p, key -> new ArrayList<>()).add(m);
                }
            }
        }
        return byParticipant;
    }

    /** The meetings whose removal from slot s could let m in: the one participant's, or any when only tables are short. */
    private List<Integer> blockers(int m, int s) {
        int inA = occupant[ends[m][0]][s];
        int inB = occupant[ends[m][1]][s];
        if (inA >= 0 && inB >= 0) {
            return inA == inB ? List.of(inA) : List.of();
        }
        if (inA >= 0 || inB >= 0) {
            return List.of(Math.max(inA, inB));
        }
        return tablesLeft[s] == 0 ? new ArrayList<>(atSlot.get(s)) : List.of();
    }

    private boolean fits(int m, int s) {
        int a = ends[m][0];
        int b = ends[m][1];
        return tablesLeft[s] > 0 && occupant[a][s] < 0 && occupant[b][s] < 0 && roomInSession(m, s);
    }

    private boolean roomInSession(int m, int s) {
        return used[ends[m][0]][sessionOf[s]] < capPerSession && used[ends[m][1]][sessionOf[s]] < capPerSession;
    }

    private void place(int m, int s) {
        for (int p : ends[m]) {
            occupant[p][s] = m;
            used[p][sessionOf[s]]++;
        }
        tablesLeft[s]--;
        slotOf[m] = s;
        placedCount++;
        atSlot.get(s).add(m);
    }

    private void unplace(int m) {
        int s = slotOf[m];
        for (int p : ends[m]) {
            occupant[p][s] = -1;
            used[p][sessionOf[s]]--;
        }
        tablesLeft[s]++;
        slotOf[m] = -1;
        placedCount--;
        atSlot.get(s).remove(m);
    }

    /**
     * No plan can place more than the free tables, nor more than the requests with a common free
     * slot minus half the participants' overflow: a participant in d requests with room for f
     * meetings loses at least d − f of them, and each lost request counts for at most two people.
     */
    private int upperBound() {
        int feasible = 0;
        int[] feasibleDegree = new int[open.length];
        for (int m = 0; m < requests.size(); m++) {
            if (options[m].length > 0) {
                feasible++;
                feasibleDegree[ends[m][0]]++;
                feasibleDegree[ends[m][1]]++;
            }
        }
        long overflow = 0;
        for (int p = 0; p < open.length; p++) {
            overflow += Math.max(0, feasibleDegree[p] - room(p));
        }
        int tables = slots.stream().mapToInt(Slot::freeTables).sum();
        return (int) Math.min(tables, feasible - (overflow + 1) / 2);
    }

    /** How many meetings participant p could still take: open slots, within each session's cap. */
    private int room(int p) {
        int[] openInSession = new int[usedBefore[p].length];
        for (int s = 0; s < slots.size(); s++) {
            if (open[p][s]) {
                openInSession[sessionOf[s]]++;
            }
        }
        int room = 0;
        for (int session = 0; session < openInSession.length; session++) {
            room += Math.max(0, Math.min(openInSession[session], capPerSession - usedBefore[p][session]));
        }
        return room;
    }
}
