package dev.dialogue.matchmaking.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the recommendations of a forum must catch up with, in one round trip: the profiles changed
 * since a horizon (a transaction id), whoever declined a meeting with the participant or had theirs
 * declined, and the new horizon. All three come from one snapshot, so any transaction the read
 * cannot see was still running when it was taken: its id is at or above the new horizon, and the
 * next read finds its rows. A changed id no longer in the table was removed.
 */
@ApplicationScoped
public class ProfileChanges {

    /** What one read found. */
    public record Since(String horizon, Set<UUID> changed, Set<UUID> declined) {
    }

    private final EntityManager entityManager;

    ProfileChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Since since(String forumId, String horizon, UUID participantId) {
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
                .setParameter(1, forumId).setParameter(2, horizon).setParameter(3, participantId).getResultList();
        Set<UUID> changed = new HashSet<>();
        Set<UUID> declined = new HashSet<>();
        for (Object[] row : rows) {
            if ("CHANGED".equals(row[1])) {
                changed.add((UUID) row[2]);
            } else if ("DECLINED".equals(row[1])) {
                declined.add((UUID) row[2]);
            }
        }
        return new Since((String) rows.get(0)[0], changed, declined);
    }
}
