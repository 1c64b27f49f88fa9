package dev.dialogue.dashboard.domain;

import dev.dialogue.events.vocabulary.LocalizedText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A forum's figures as they stood at one instant. The registration counts are those of
 * registration-service's stats, the funnel that of matchmaking-service's: the same definitions,
 * computed from the log instead of a table.
 *
 * @param at the instant asked for; null for now
 * @param firstEventAt the time of the forum's first event counted
 * @param lastEventAt the time of the latest event counted
 * @param events how many events of the forum are counted
 */
public record Figures(String forumId, LocalizedText title, String status, Instant at, Instant firstEventAt, Instant lastEventAt, long events,
        Registrations registrations, Meetings meetings, Agreements agreements) {

    /** The same figures, said to be those of the instant. */
    public Figures withAt(Instant instant) {
        return new Figures(forumId, title, status, instant, firstEventAt, lastEventAt, events, registrations, meetings, agreements);
    }

    /**
     * @param byCountryGroup RU, CN and OTHER
     * @param overTime cumulative registrations, [time, count], at most a few hundred points
     */
    public record Registrations(long total, Map<String, Long> byStatus, Map<String, Long> byCategory, Map<String, Long> bySector,
            Map<String, Long> byCountry, Map<String, Long> byCountryGroup, List<Point> overTime) {
    }

    public record Point(Instant time, long count) {
    }

    /** @param funnel as matchmaking-service counts it; outcomes: every outcome recorded, NOT_HELD included */
    public record Meetings(Funnel funnel, Map<String, Long> outcomes, List<SessionOccupancy> sessions) {
    }

    /**
     * requested: every request; accepted: those ever accepted; scheduled: holding a slot now; held: an
     * outcome other than NOT_HELD; cooperationPossible: the outcome that leads to an agreement.
     */
    public record Funnel(long requested, long accepted, long scheduled, long held, long cooperationPossible, long declined,
            long cancelled, long expired) {
    }

    /**
     * The table-slot grid of one B2B session.
     *
     * @param slots the start of each slot, in order
     * @param cells [slot index, table - 1, 1 booked or 2 held] for each booked cell
     */
    public record SessionOccupancy(UUID sessionId, LocalizedText title, int tables, int slotMinutes, List<OffsetDateTime> slots,
            List<List<Integer>> cells, long booked) {
    }

    public record Agreements(long total, Map<String, Long> byStatus, List<Executed> executed) {
    }

    public record Executed(UUID agreementId, LocalizedText title, String kind, List<String> parties, Instant executedAt) {
    }
}
