package dev.dialogue.matchmaking.service;

import java.util.List;

/**
 * The matchmaking funnel of a forum, overall, by sector and by country pair. A meeting counts under
 * each sector both sides share (or, when they share none, under each side's sectors).
 */
public record MatchmakingStats(String forumId, Funnel total, List<BySector> bySector, List<ByCountryPair> byCountryPair) {

    /**
     * requested: every request; accepted: those ever accepted; scheduled: holding a slot now; held:
     * an outcome other than NOT_HELD; cooperationPossible: the outcome that leads to an agreement.
     */
    public record Funnel(long requested, long accepted, long scheduled, long held, long cooperationPossible, long declined,
            long cancelled, long expired) {
    }

    public record BySector(String sector, Funnel funnel) {
    }

    public record ByCountryPair(String countries, Funnel funnel) {
    }
}
