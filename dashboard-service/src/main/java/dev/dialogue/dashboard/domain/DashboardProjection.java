package dev.dialogue.dashboard.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's whole view: each forum's history, built from the events of the {@code forum.*}
 * topics in any order. Idempotent by aggregate version: every event carries its aggregate's whole
 * state at one version, so an event delivered twice, or a version published again, counts once.
 * One thread applies events, any number read figures; each forum's history is guarded on its own,
 * so a reader of one forum never waits for another's.
 */
public final class DashboardProjection {

    private final Map<String, ForumHistory> forums = new ConcurrentHashMap<>();

    /** Takes the event unless its aggregate's version was taken before; says whether it was taken. */
    public boolean apply(ForumEvent event) {
        ForumHistory history = forums.computeIfAbsent(event.state().forumId(), ForumHistory::new);
        synchronized (history) {
            return history.add(event);
        }
    }

    /** The forum's figures now, or at the instant; empty for a forum no forum event has named. */
    public Optional<Figures> figures(String forumId, Instant at) {
        ForumHistory history = forums.get(forumId);
        if (history == null) {
            return Optional.empty();
        }
        synchronized (history) {
            return history.known() ? Optional.of(history.figuresAt(at)) : Optional.empty();
        }
    }

    /** A number that changes whenever the forum's figures may have; -1 for a forum not seen. */
    public long revision(String forumId) {
        ForumHistory history = forums.get(forumId);
        if (history == null) {
            return -1;
        }
        synchronized (history) {
            return history.revision();
        }
    }

    /** The forums whose forum events have been read, by id. */
    public List<ForumSummary> forums() {
        return forums.values().stream().map(history -> {
            synchronized (history) {
                return history.known() ? new ForumSummary(history.latestForum().forumId(), history.latestForum().title(),
                        history.latestForum().status()) : null;
            }
        }).filter(java.util.Objects::nonNull).sorted(Comparator.comparing(ForumSummary::forumId)).toList();
    }

    public record ForumSummary(String forumId, dev.dialogue.events.vocabulary.LocalizedText title, String status) {
    }
}
