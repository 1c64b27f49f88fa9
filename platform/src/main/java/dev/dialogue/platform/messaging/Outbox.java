package dev.dialogue.platform.messaging;

import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.Topic;
import dev.dialogue.platform.tracing.Tracing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Publishes an event as part of the caller's transaction: the event is a row in this service's
 * outbox table and exists exactly when the state change it announces does. The relay sends it,
 * with the trace context of the span that wrote it (Tracing).
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final int maxEventBytes;
    private final Clock clock;

    Outbox(EntityManager entityManager, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            MessagingConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.relay = relay;
        this.maxEventBytes = config.outbox().maxEventBytes();
        this.clock = clock;
    }

    /**
     * @param aggregateId the aggregate the event is about: record key and CloudEvent subject
     * @return the event id
     * @throws EventTooLargeException if the payload is over the limit the broker takes: the caller's
     *     transaction, and the change the event announces, are rolled back
     * @throws IllegalStateException if the payload breaks its own schema: a bug, never sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, String aggregateId, Object payload) {
        return publish(type, type.topic().topicName(), aggregateId, payload);
    }

    /** As {@link #publish(EventType, String, Object)}, on the type's topic in one partner's topic space. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishToPartner(EventType type, String partnerId, String aggregateId, Object payload) {
        return publish(type, type.topic().forPartner(partnerId), aggregateId, payload);
    }

    /**
     * Publishes an event of a type that carries no data: on a compacted topic, the tombstone that
     * lets the broker drop every earlier record of the aggregate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTombstone(EventType type, String aggregateId) {
        if (type.hasData()) {
            throw new IllegalStateException(type.typeName() + " carries data");
        }
        return store(type, type.topic().topicName(), aggregateId, null);
    }

    /**
     * Deletes the rows that may hold an erased person's data, in the caller's transaction: whatever
     * names their id, sent or set aside, and the unsent ones keyed by them on the given topics, which
     * the erasure's own events supersede. Unsent rows of other aggregates stay: their consumers need
     * them, and they carry ids only.
     *
     * @return how many rows went
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(UUID personId, Topic... supersededTopics) {
        return entityManager.createNativeQuery("""
                delete from outbox_event
                where ((sent_at is not null or failed_at is not null) and strpos(payload::text, ?1) > 0)
                   or (aggregateid = ?1 and aggregatetype = any(cast(?2 as text[])))""")
                .setParameter(1, personId.toString())
                .setParameter(2, Arrays.stream(supersededTopics).map(Topic::topicName).toArray(String[]::new))
                .executeUpdate();
    }

    /** An event the outbox holds or held for an aggregate: what a person's data export lists. */
    public record Announcement(UUID id, String type, OffsetDateTime occurredAt, OffsetDateTime sentAt) {
    }

    /** The events still in the outbox about the aggregate, oldest first; sent ones stay until purged. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Announcement> announcements(String aggregateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, type, occurred_at, sent_at from outbox_event where aggregateid = ?1 order by seq""")
                .setParameter(1, aggregateId).getResultList();
        return rows.stream().map(row -> new Announcement((UUID) row[0], (String) row[1], time(row[2]), time(row[3]))).toList();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time : ((Instant) value).atOffset(ZoneOffset.UTC);
    }

    private UUID publish(EventType type, String topic, String aggregateId, Object payload) {
        if (type.topic().perPartner() && topic.equals(type.topic().topicName())) {
            throw new IllegalStateException(type.typeName() + " goes to a partner: publishToPartner names which");
        }
        if (!type.hasData()) {
            throw new IllegalStateException(type.typeName() + " carries no data: publishTombstone sends it");
        }
        byte[] json = EventJson.toBytes(payload);
        if (json.length > maxEventBytes) {
            throw new EventTooLargeException(type.typeName(), json.length, maxEventBytes);
        }
        List<String> violations = EventSchemas.violations(type, json);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(type.typeName() + " payload breaks its schema: " + violations);
        }
        return store(type, topic, aggregateId, new String(json, StandardCharsets.UTF_8));
    }

    private UUID store(EventType type, String topic, String aggregateId, String json) {
        UUID id = UUID.randomUUID();
        entityManager.persist(new OutboxEvent(id, topic, aggregateId, type.typeName(), json, OffsetDateTime.now(clock),
                Tracing.currentTraceparent()));
        if (transactions.getResource(WakeRelayOnCommit.class) == null) {
            transactions.putResource(WakeRelayOnCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        }
        return id;
    }

    /** Wakes the relay the moment the rows are visible, rather than at its next poll. */
    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
