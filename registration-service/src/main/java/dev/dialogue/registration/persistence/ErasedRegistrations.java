package dev.dialogue.registration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The registrations already erased, as the repeated erasure of their details reaches them. */
@ApplicationScoped
public class ErasedRegistrations {

    private final EntityManager entityManager;

    ErasedRegistrations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Marks up to {@code limit} registrations erased before the given time, and not yet repeated,
     * as repeated now, and returns their ids; rows another instance is marking are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimRepeats(OffsetDateTime erasedBefore, int limit) {
        return entityManager.createNativeQuery("""
                update registration set erasure_repeated_at = now()
                where id in (select id from registration where erased_at <= ?1 and erasure_repeated_at is null
                             order by erased_at limit ?2 for update skip locked)
                returning id""", UUID.class).setParameter(1, erasedBefore).setParameter(2, limit).getResultList();
    }
}
