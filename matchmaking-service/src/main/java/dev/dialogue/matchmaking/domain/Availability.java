package dev.dialogue.matchmaking.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * When participants can meet: not in a meeting already booked, not in a programme session they are
 * enrolled in, not in a break they declared, and under the per-session cap of meetings.
 */
public final class Availability {

    private final int capPerSession;
    private final Map<UUID, Set<OffsetDateTime>> booked = new HashMap<>();
    private final Map<UUID, Map<UUID, Integer>> meetingsPerSession = new HashMap<>();
    private final Map<UUID, List<Interval>> unavailable = new HashMap<>();

    public Availability(int capPerSession) {
        this.capPerSession = capPerSession;
    }

    public void booked(UUID participantId, UUID sessionId, OffsetDateTime slotStart) {
        booked.computeIfAbsent(participantId, id -> new HashSet<>()).add(utc(slotStart));
        meetingsPerSession.computeIfAbsent(participantId, id -> new HashMap<>()).merge(sessionId, 1, Integer::sum);
    }

    public void unavailable(UUID participantId, Interval interval) {
        unavailable.computeIfAbsent(participantId, id -> new ArrayList<>()).add(interval);
    }

    /** Free of meetings, sessions and breaks for the whole slot. */
    public boolean free(UUID participantId, OffsetDateTime start, OffsetDateTime end) {
        return !booked.getOrDefault(participantId, Set.of()).contains(utc(start))
                && unavailable.getOrDefault(participantId, List.of()).stream().noneMatch(busy -> busy.overlaps(start, end));
    }

    /** Free for the slot, and still under the cap of meetings in its session. */
    public boolean canMeet(UUID participantId, B2bSession session, OffsetDateTime start) {
        return free(participantId, start, start.plusMinutes(session.slotMinutes))
                && meetingsIn(participantId, session.id) < capPerSession;
    }

    public int meetingsIn(UUID participantId, UUID sessionId) {
        return meetingsPerSession.getOrDefault(participantId, Map.of()).getOrDefault(sessionId, 0);
    }

    public int capPerSession() {
        return capPerSession;
    }

    /** The sessions and breaks that keep the participant from meetings, in time order. */
    public List<Interval> unavailable(UUID participantId) {
        return unavailable.getOrDefault(participantId, List.of()).stream()
                .sorted(Comparator.comparing(Interval::startsAt)).toList();
    }

    /** Slot starts compare as instants, whatever offset the database or the caller wrote them in. */
    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
