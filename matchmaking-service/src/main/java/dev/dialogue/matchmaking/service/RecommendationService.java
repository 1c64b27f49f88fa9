package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.MatchProfile;
import dev.dialogue.matchmaking.domain.MatchScorer;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.domain.ProfileIndex;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
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

    private final EntityManager entityManager;
    private final MatchScorer scorer;
    private final Map<String, ForumProfiles> forums = new ConcurrentHashMap<>();

    RecommendationService(EntityManager entityManager, MatchmakingConfig config) {
        this.entityManager = entityManager;
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
     * In one round trip: the profiles changed since the horizon, whoever declined a meeting with
     * the participant or had theirs declined (never proposed again), and the new horizon. All three
     * come from one snapshot, so any transaction the read cannot see was still running when it was
     * taken: its id is at or above the new horizon and the next catch-up reads its rows. A changed
     * id no longer in the table was removed. After a flood of changes (a partner's bulk import, or
     * the first time), the forum is read whole.
     */
    private Set<UUID> catchUp(String forumId, ForumProfiles forum, UUID participantId) {
        synchronized (forum) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    with horizon as (select cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as xmin)
                    select horizon.xmin, found.kind, found.participant_id from horizon left join (
                        select 'CHANGED' as kind, participant_id from profile
                            where forum_id = ?1 and changed_xid >= cast(?2 as xid8)
                        union select 'CHANGED', participant_id from profile_removal
                            where forum_id = ?1 and changed_xid >= cast(?2 as xid8)
                        union select 'DECLINED', invitee_id from meeting
                            where forum_id = ?1 and requester_id = ?3 and status = 'DECLINED'
                        union select 'DECLINED', requester_id from meeting
                            where forum_id = ?1 and invitee_id = ?3 and status = 'DECLINED'
                    ) found on true""")
                    .setParameter(1, forumId).setParameter(2, forum.horizon).setParameter(3, participantId).getResultList();
            Set<UUID> changed = new HashSet<>();
            Set<UUID> declined = new HashSet<>();
            for (Object[] row : rows) {
                if ("CHANGED".equals(row[1])) {
                    changed.add((UUID) row[2]);
                } else if ("DECLINED".equals(row[1])) {
                    declined.add((UUID) row[2]);
                }
            }
            apply(forumId, forum, changed);
            forum.horizon = (String) rows.get(0)[0];
            return declined;
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
