package dev.dialogue.platform.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An outbox row as written: an entity, so that the rows of a transaction are inserted in JDBC
 * batches with its other writes. The table assigns {@code seq}; the relay alone reads and marks rows.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    UUID id;

    @Column(name = "aggregatetype", nullable = false)
    String topic;

    @Column(name = "aggregateid", nullable = false)
    String aggregateId;

    @Column(nullable = false)
    String type;

    /** Null for an event without data: a tombstone of its key. */
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(columnDefinition = "jsonb")
    String payload;

    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;

    /** The W3C trace context of the span that wrote the row; null outside any. */
    String traceparent;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String topic, String aggregateId, String type, String payload, OffsetDateTime occurredAt,
            String traceparent) {
        this.id = id;
        this.topic = topic;
        this.aggregateId = aggregateId;
        this.type = type;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.traceparent = traceparent;
    }
}
