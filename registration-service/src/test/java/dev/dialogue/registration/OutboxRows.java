package dev.dialogue.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Counts an aggregate's rows in this service's outbox. */
public final class OutboxRows {

    private OutboxRows() {
    }

    public static long sent(EntityManager entityManager, String aggregateId) {
        return count(entityManager, aggregateId, "sent_at is not null");
    }

    public static long unsent(EntityManager entityManager, String aggregateId) {
        return count(entityManager, aggregateId, "sent_at is null");
    }

    /** Events of one type for the aggregate, sent or not: what the service decided to announce. */
    public static long ofType(EntityManager entityManager, String aggregateId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregateid = ?1 and type = ?2")
                .setParameter(1, aggregateId).setParameter(2, type).getSingleResult()).longValue());
    }

    private static long count(EntityManager entityManager, String aggregateId, String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregateid = ?1 and " + condition)
                .setParameter(1, aggregateId).getSingleResult()).longValue());
    }
}
