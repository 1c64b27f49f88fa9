package dev.dialogue.dashboard.service;

import dev.dialogue.dashboard.config.DashboardConfig;
import dev.dialogue.dashboard.domain.DashboardProjection;
import dev.dialogue.dashboard.domain.Figures;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The figures of a forum, now, at an instant, or as a stream that moves with the log. */
@ApplicationScoped
public class DashboardService {

    private final DashboardProjection projection;
    private final DashboardConfig config;
    /** The live figures of each forum at the revision they were computed for: every open page of a forum shares them. */
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    private record Live(long revision, Figures figures) {
    }

    DashboardService(DashboardProjection projection, DashboardConfig config) {
        this.projection = projection;
        this.config = config;
    }

    /** The one view of this service, filled by the log reader. */
    @Produces
    @Singleton
    static DashboardProjection projection() {
        return new DashboardProjection();
    }

    public List<DashboardProjection.ForumSummary> forums() {
        return projection.forums();
    }

    /** @throws UnknownForumException when no event has named the forum */
    public Figures figures(String forumId, Instant at) {
        if (at != null) {
            return projection.figures(forumId, at).orElseThrow(() -> new UnknownForumException(forumId));
        }
        long revision = projection.revision(forumId);
        Live cached = live.get(forumId);
        if (cached != null && cached.revision() == revision) {
            return cached.figures();
        }
        Figures figures = projection.figures(forumId, null).orElseThrow(() -> new UnknownForumException(forumId));
        live.put(forumId, new Live(revision, figures));
        return figures;
    }

    /** The forum's figures now, then again each time an event changes them. */
    public Multi<Figures> stream(String forumId) {
        Figures first = figures(forumId, null);
        AtomicLong shown = new AtomicLong(projection.revision(forumId));
        Multi<Figures> changes = Multi.createFrom().ticks().every(config.pushInterval())
                .onOverflow().drop()
                .filter(tick -> projection.revision(forumId) != shown.get())
                .map(tick -> {
                    shown.set(projection.revision(forumId));
                    return figures(forumId, null);
                });
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(first), changes);
    }

    public static final class UnknownForumException extends RuntimeException {
        public UnknownForumException(String forumId) {
            super("no forum " + forumId + " in the log", null, false, false);
        }
    }
}
