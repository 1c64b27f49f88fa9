package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.Sector;
import java.util.ArrayDeque;
import static dev.dialogue.matchmaking.domain.MatchProfile.TRAIT_WORDS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * One forum's accredited participants, indexed by sector, offered and sought interest type. The
 * counterparts worth ranking for someone are those sharing a sector with them, offering what they
 * seek or seeking what they offer: the union of a few bit sets, never a scan of every pair. The
 * candidates' traits lie side by side in one array, so ranking them reads memory in order rather
 * than visiting an object or two per candidate. Only the best are then explained. Not
 * thread-safe: its owner guards it.
 */
public final class ProfileIndex {

    /** A participant as recommendations show them. */
    public record Entry(MatchProfile profile, String fullName, String organisationName) {
    }

    public record Ranked(Entry entry, double points) {
    }

    /**
     * Best first; equal points by name (someone whose name has not come yet after the others), then
     * id, so that a list is stable between calls.
     */
    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::points).reversed()
            .thenComparing(ranked -> ranked.entry().fullName(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ranked -> ranked.entry().profile().participantId());

    private final List<Entry> slots = new ArrayList<>();
    /** {@link MatchProfile#TRAIT_WORDS} numbers per slot. */
    private long[] traits = new long[64 * TRAIT_WORDS];
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private final BitSet[] bySector = bitSets(Sector.values().length);
    private final BitSet[] byOffer = bitSets(InterestType.values().length);
    private final BitSet[] bySeek = bitSets(InterestType.values().length);

    /** Adds the participant, or replaces what was known of them. */
    public void put(Entry entry) {
        remove(entry.profile().participantId());
        int slot = freeSlots.isEmpty() ? slots.size() : freeSlots.pop();
        if (slot == slots.size()) {
            slots.add(entry);
        } else {
            slots.set(slot, entry);
        }
        slotOf.put(entry.profile().participantId(), slot);
        if (traits.length < slots.size() * TRAIT_WORDS) {
            traits = Arrays.copyOf(traits, traits.length * 2);
        }
        System.arraycopy(entry.profile().traits, 0, traits, slot * TRAIT_WORDS, TRAIT_WORDS);
        mark(entry.profile(), slot, true);
    }

    public void remove(UUID participantId) {
        Integer slot = slotOf.remove(participantId);
        if (slot != null) {
            mark(slots.get(slot).profile(), slot, false);
            slots.set(slot, null);
            freeSlots.push(slot);
        }
    }

    public Optional<Entry> get(UUID participantId) {
        Integer slot = slotOf.get(participantId);
        return slot == null ? Optional.empty() : Optional.of(slots.get(slot));
    }

    public int size() {
        return slotOf.size();
    }

    /** The {@code limit} best counterparts for {@code me}, best first, leaving out {@code excluded}. */
    public List<Ranked> best(MatchProfile me, int limit, Set<UUID> excluded, MatchScorer scorer) {
        BitSet candidates = new BitSet(slots.size());
        me.sectors().forEach(sector -> candidates.or(bySector[sector.ordinal()]));
        me.seeks().forEach(type -> candidates.or(byOffer[type.ordinal()]));
        me.offers().forEach(type -> candidates.or(bySeek[type.ordinal()]));
        PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
        // A word of candidate bits at a time: the service runs C1 only, which calls BitSet.nextSetBit
        // for every candidate instead of inlining it.
        long[] words = candidates.toLongArray();
        for (int word = 0; word < words.length; word++) {
            for (long bits = words[word]; bits != 0; bits &= bits - 1) {
                int slot = word * Long.SIZE + Long.numberOfTrailingZeros(bits);
                double points = scorer.points(me, traits, slot * TRAIT_WORDS);
                if (Double.isNaN(points)) {
                    points = scorer.points(me, slots.get(slot).profile());
                }
                boolean full = worstFirst.size() == limit;
                if (points == MatchScorer.NO_MATCH || full && points < worstFirst.peek().points()) {
                    continue;
                }
                Entry candidate = slots.get(slot);
                if (excluded.contains(candidate.profile().participantId())) {
                    continue;
                }
                Ranked ranked = new Ranked(candidate, points);
                // Scores are few and many tie: one comparison with the worst kept decides, not a heap's insert and removal.
                if (!full) {
                    worstFirst.add(ranked);
                } else if (BEST_FIRST.compare(ranked, worstFirst.peek()) < 0) {
                    worstFirst.poll();
                    worstFirst.add(ranked);
                }
            }
        }
        List<Ranked> best = new ArrayList<>(worstFirst);
        best.sort(BEST_FIRST);
        return best;
    }

    private void mark(MatchProfile profile, int slot, boolean present) {
        profile.sectors().forEach(sector -> bySector[sector.ordinal()].set(slot, present));
        profile.offers().forEach(type -> byOffer[type.ordinal()].set(slot, present));
        profile.seeks().forEach(type -> bySeek[type.ordinal()].set(slot, present));
    }

    private static BitSet[] bitSets(int count) {
        BitSet[] sets = new BitSet[count];
        for (int i = 0; i < count; i++) {
            sets[i] = new BitSet();
        }
        return sets;
    }
}
