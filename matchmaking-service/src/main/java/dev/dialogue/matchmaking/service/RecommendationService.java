package dev.dialogue.matchmaking.service;

import dev.dialogue.events.EventJson;
import dev.dialogue.matchmaking.api.Recommendation;
import dev.dialogue.matchmaking.config.MatchmakingConfig;
import dev.dialogue.matchmaking.domain.MatchProfile;
import dev.dialogue.matchmaking.domain.MatchScorer;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Recommendations are computed when asked, from the profiles as they are now, so a participant
 * approved a moment ago is already among them, and a pair that declined a meeting is not. Candidates come from the GIN indexes on sectors and
 * interest types (those sharing a sector, offering what one seeks or seeking what one offers),
 * never from a scan of every pair; only they are scored.
 */
@ApplicationScoped
public class RecommendationService {

    public static final int MAX_LIMIT = 100;

    private final EntityManager entityManager;
    private final MatchScorer scorer;

    RecommendationService(EntityManager entityManager, MatchmakingConfig config) {
        this.entityManager = entityManager;
        this.scorer = new MatchScorer(config.weights());
    }

    @Transactional
    public List<Recommendation> recommend(String forumId, UUID participantId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Profile me = Profile.<Profile>findByIdOptional(participantId)
                .filter(profile -> profile.forumId.equals(forumId))
                .orElseThrow(() -> ProblemException.notFound("accredited participant", participantId + " in forum " + forumId));
        MatchProfile mine = MatchProfile.of(me);
        List<Recommendation> recommendations = new ArrayList<>();
        for (Profile candidate : candidates(me)) {
            scorer.score(mine, MatchProfile.of(candidate)).ifPresent(match -> recommendations.add(new Recommendation(
                    candidate.participantId, candidate.fullName, candidate.organisationName, candidate.country,
                    candidate.category, match.score(), match.reasons())));
        }
        return recommendations.stream()
                .sorted(Comparator.comparingDouble(Recommendation::score).reversed()
                        .thenComparing(Recommendation::fullName).thenComparing(Recommendation::participantId))
                .limit(limit)
                .toList();
    }

    private List<Profile> candidates(Profile me) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>(List.of(me.forumId, me.participantId, me.organisationId));
        me.sectors.forEach(sector -> conditions.add(contains("sectors", sector, parameters)));
        me.seekTypes.forEach(type -> conditions.add(contains("offer_types", type, parameters)));
        me.offerTypes.forEach(type -> conditions.add(contains("seek_types", type, parameters)));
        if (conditions.isEmpty()) {
            return List.of();
        }
        // A pair that declined once is not proposed again, whoever declined.
        Query query = entityManager.createNativeQuery("select * from profile where forum_id = ?1 and participant_id <> ?2"
                + " and organisation_id <> ?3 and (" + String.join(" or ", conditions) + ")"
                + " and participant_id not in (select case when requester_id = ?2 then invitee_id else requester_id end"
                + " from meeting where forum_id = ?1 and status = 'DECLINED' and ?2 in (requester_id, invitee_id))",
                Profile.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Profile> candidates = query.getResultList();
        return candidates;
    }

    /** A containment test the column's GIN index answers. */
    private static String contains(String column, Enum<?> code, List<Object> parameters) {
        parameters.add(EventJson.mapper().createArrayNode().add(code.name()).toString());
        return column + " @> cast(?" + parameters.size() + " as jsonb)";
    }
}
