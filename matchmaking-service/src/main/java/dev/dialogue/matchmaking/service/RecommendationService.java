package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.MatchProfile;
import dev.dialogue.matchmaking.domain.MatchScorer;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.domain.ProfileIndex;
import dev.dialogue.matchmaking.persistence.ProfileChanges;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.hibernate.jpa.HibernateHints;

/**
 * Recommendations rank each forum's profiles in an in-memory {@link ProfileIndex}, so a query
 * costs microseconds per candidate rather than a load of every candidate row. The table stays the
 * truth: before answering, the index catches up with every profile written or removed since it
 * last looked (by any instance, from any event), so a participant approved a moment ago is already
 * among the answers, and a pair that declined a meeting is not.
 */
@ApplicationScoped
public class RecommendationService {

    public static final int MAX_LIMIT = 100;

    /** Beyond this many changes at once, reading the forum whole is cheaper than reading them one by one. */
    private static final int RELOAD_ABOVE = 1_000;

    private final ProfileChanges changes;
    private final MatchScorer scorer;
    private final Map<String, ForumProfiles> forums = new ConcurrentHashMap<>();

    RecommendationService(ProfileChanges changes, MatchmakingConfig config) {
        this.changes = changes;
        this.scorer = new MatchScorer(config.weights());
    }

    /**
     * A forum's index, and the oldest transaction that was still running when it last caught up
     * (at first the smallest transaction id: everything is new).
     */
    private static final class ForumProfiles {
        final ReadWriteLock lock = new ReentrantReadWriteLock();
        ProfileIndex index = new ProfileIndex();
        String horizon = "0";
    }

    /** Reads only, so outside a transaction: each statement commits alone, without a round trip to begin and end one. */
    public List<Recommendation> recommend(String forumId, UUID participantId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        ForumProfiles forum = forums.get(forumId);
        if (forum == null) {
            // A forum's index is built for the first participant of it who asks, never for a forum
            // or a person that does not exist: those answer 404 and leave nothing behind in memory.
            if (Profile.count("participantId = ?1 and forumId = ?2", participantId, forumId) == 0) {
                throw notAccredited(forumId, participantId);
            }
            forum = forums.computeIfAbsent(forumId, id -> new ForumProfiles());
        }
        Set<UUID> declined = catchUp(forumId, forum, participantId);
        forum.lock.readLock().lock();
        try {
            MatchProfile me = forum.index.get(participantId).map(ProfileIndex.Entry::profile)
                    .orElseThrow(() -> notAccredited(forumId, participantId));
            return forum.index.best(me, limit, declined, scorer).stream().map(ranked -> explain(me, ranked)).toList();
        } finally {
            forum.lock.readLock().unlock();
        }
    }

    private static DomainException notAccredited(String forumId, UUID participantId) {
        return DomainException.notFound("accredited participant", participantId + " in forum " + forumId);
    }

    /** Forums held in memory, for tests. */
    int cachedForums() {
        return forums.size();
    }

    /** Profiles held in memory across every forum, for tests. */
    int cachedProfiles() {
        int profiles = 0;
        for (ForumProfiles forum : forums.values()) {
            forum.lock.readLock().lock();
            try {
                profiles += forum.index.size();
            } finally {
                forum.lock.readLock().unlock();
            }
        }
        return profiles;
    }

    private Recommendation explain(MatchProfile me, ProfileIndex.Ranked ranked) {
        ProfileIndex.Entry entry = ranked.entry();
        MatchProfile candidate = entry.profile();
        MatchScorer.Match match = scorer.score(me, candidate).orElseThrow();
        return new Recommendation(candidate.participantId(), entry.fullName(), entry.organisationName(),
                candidate.country(), candidate.category(), match.score(), match.reasons());
    }

    /**
     * Brings the forum's index up to what the database holds (ProfileChanges) and returns whom
     * the participant is never proposed again. After a flood of changes (a partner's bulk import,
     * or the first time), the forum is read whole.
     */
    private Set<UUID> catchUp(String forumId, ForumProfiles forum, UUID participantId) {
        synchronized (forum) {
            ProfileChanges.Since since = changes.since(forumId, forum.horizon, participantId);
            apply(forumId, forum, since.changed());
            forum.horizon = since.horizon();
            return since.declined();
        }
    }

    private void apply(String forumId, ForumProfiles forum, Set<UUID> changed) {
        if (changed.size() > RELOAD_ABOVE) {
            ProfileIndex reloaded = new ProfileIndex();
            // Read-only: Hibernate keeps no copy of each profile for dirty checking.
            Profile.<Profile>find("forumId", forumId).withHint(HibernateHints.HINT_READ_ONLY, true).list()
                    .forEach(profile -> reloaded.put(entry(profile)));
            forum.lock.writeLock().lock();
            try {
                forum.index = reloaded;
            } finally {
                forum.lock.writeLock().unlock();
            }
        } else if (!changed.isEmpty()) {
            List<Profile> current = Profile.list("participantId in ?1", changed);
            forum.lock.writeLock().lock();
            try {
                for (Profile profile : current) {
                    changed.remove(profile.participantId);
                    forum.index.put(entry(profile));
                }
                changed.forEach(forum.index::remove);
            } finally {
                forum.lock.writeLock().unlock();
            }
        }
    }

    private static ProfileIndex.Entry entry(Profile profile) {
        return new ProfileIndex.Entry(MatchProfile.of(profile), profile.fullName, profile.organisationName);
    }
}
