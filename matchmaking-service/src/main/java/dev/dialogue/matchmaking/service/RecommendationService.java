package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.api.Recommendation;
import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.MatchProfile;
import dev.dialogue.matchmaking.domain.MatchScorer;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.domain.ProfileIndex;
import dev.dialogue.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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

    private final EntityManager entityManager;
    private final MatchScorer scorer;
    private final Map<String, ForumProfiles> forums = new ConcurrentHashMap<>();

    RecommendationService(EntityManager entityManager, MatchmakingConfig config) {
        this.entityManager = entityManager;
        this.scorer = new MatchScorer(config.weights());
    }

    /** A forum's index, and the oldest transaction that was still running when it last caught up. */
    private static final class ForumProfiles {
        final ProfileIndex index = new ProfileIndex();
        final ReadWriteLock lock = new ReentrantReadWriteLock();
        String horizon;
    }

    @Transactional
    public List<Recommendation> recommend(String forumId, UUID participantId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        ForumProfiles forum = forums.computeIfAbsent(forumId, id -> new ForumProfiles());
        catchUp(forumId, forum);
        Set<UUID> declined = declinedWith(forumId, participantId);
        forum.lock.readLock().lock();
        try {
            MatchProfile me = forum.index.get(participantId).map(ProfileIndex.Entry::profile)
                    .orElseThrow(() -> ProblemException.notFound("accredited participant", participantId + " in forum " + forumId));
            return forum.index.best(me, limit, declined, scorer).stream().map(ranked -> explain(me, ranked)).toList();
        } finally {
            forum.lock.readLock().unlock();
        }
    }

    private Recommendation explain(MatchProfile me, ProfileIndex.Ranked ranked) {
        ProfileIndex.Entry entry = ranked.entry();
        MatchProfile candidate = entry.profile();
        MatchScorer.Match match = scorer.score(me, candidate).orElseThrow();
        return new Recommendation(candidate.participantId(), entry.fullName(), entry.organisationName(),
                candidate.country(), candidate.category(), match.score(), match.reasons());
    }

    /**
     * Reads the profiles changed since the horizon: any transaction this read cannot see yet was
     * still running when the new horizon was taken, so its id is at or above it and the next
     * catch-up reads its rows. A changed id that is no longer in the table was removed.
     */
    private void catchUp(String forumId, ForumProfiles forum) {
        synchronized (forum) {
            String horizon = (String) entityManager
                    .createNativeQuery("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").getSingleResult();
            List<Profile> current;
            Set<UUID> changed = new HashSet<>();
            if (forum.horizon == null) {
                current = Profile.list("forumId", forumId);
            } else {
                @SuppressWarnings("unchecked")
                List<UUID> ids = entityManager.createNativeQuery("select participant_id from profile"
                        + " where forum_id = ?1 and changed_xid >= cast(?2 as xid8)"
                        + " union select participant_id from profile_removal where forum_id = ?1 and changed_xid >= cast(?2 as xid8)",
                        UUID.class).setParameter(1, forumId).setParameter(2, forum.horizon).getResultList();
                changed.addAll(ids);
                current = changed.isEmpty() ? List.of() : Profile.list("participantId in ?1", changed);
            }
            forum.lock.writeLock().lock();
            try {
                for (Profile profile : current) {
                    changed.remove(profile.participantId);
                    forum.index.put(new ProfileIndex.Entry(MatchProfile.of(profile), profile.fullName, profile.organisationName));
                }
                changed.forEach(forum.index::remove);
            } finally {
                forum.lock.writeLock().unlock();
            }
            forum.horizon = horizon;
        }
    }

    /** Whoever declined a meeting with the participant, or whose meeting they declined. */
    private Set<UUID> declinedWith(String forumId, UUID participantId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select invitee_id from meeting"
                + " where forum_id = ?1 and requester_id = ?2 and status = 'DECLINED'"
                + " union select requester_id from meeting where forum_id = ?1 and invitee_id = ?2 and status = 'DECLINED'",
                UUID.class).setParameter(1, forumId).setParameter(2, participantId).getResultList();
        return new HashSet<>(ids);
    }
}
