package dev.dialogue.matchmaking.service;

import dev.dialogue.matchmaking.service.MatchmakingStats.Funnel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Counts the funnel in the database, one grouped query per view. */
@ApplicationScoped
public class StatsService {

    private static final String FUNNEL = """
            count(*),
            count(*) filter (where accepted_at is not null),
            count(*) filter (where status = 'SCHEDULED'),
            count(*) filter (where outcome in ('NO_INTEREST', 'INFORMATIVE', 'COOPERATION_POSSIBLE')),
            count(*) filter (where outcome = 'COOPERATION_POSSIBLE'),
            count(*) filter (where status = 'DECLINED'),
            count(*) filter (where status = 'CANCELLED'),
            count(*) filter (where status = 'EXPIRED')""";

    private final EntityManager entityManager;

    StatsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public MatchmakingStats stats(String forumId) {
        Funnel total = funnel((Object[]) entityManager.createNativeQuery("select " + FUNNEL + " from meeting where forum_id = ?1")
                .setParameter(1, forumId).getSingleResult(), 0);
        List<MatchmakingStats.BySector> bySector = grouped("""
                select sector, %s from meeting, jsonb_array_elements_text(sectors) sector
                where forum_id = ?1 group by sector order by count(*) desc, sector""".formatted(FUNNEL), forumId).stream()
                .map(row -> new MatchmakingStats.BySector((String) row[0], funnel(row, 1))).toList();
        List<MatchmakingStats.ByCountryPair> byCountries = grouped("""
                select country_pair, %s from meeting
                where forum_id = ?1 group by country_pair order by count(*) desc, country_pair""".formatted(FUNNEL), forumId)
                .stream().map(row -> new MatchmakingStats.ByCountryPair((String) row[0], funnel(row, 1))).toList();
        return new MatchmakingStats(forumId, total, bySector, byCountries);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(String sql, String forumId) {
        return entityManager.createNativeQuery(sql).setParameter(1, forumId).getResultList();
    }

    private static Funnel funnel(Object[] row, int from) {
        long[] counts = new long[8];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = ((Number) row[from + i]).longValue();
        }
        return new Funnel(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
    }
}
