package dev.dialogue.platform.messaging;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.platform.logging.LoggedFailure;
import dev.dialogue.platform.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in commit order and marks them sent. One thread per instance; among
 * instances sharing a schema, a transaction-scoped advisory lock lets one relay at a time through,
 * because two relays taking different rows of one aggregate could reorder its events.
 * Delivery is at least once: a batch interrupted by a broker failure is sent again, and
 * consumers drop the repeats by event id. A row the broker can never take (too large, an invalid
 * record) is set aside, marked {@code failed_at}, and the rows after it go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    private final MessagingConfig config;
    private final Tracing tracing;
    private final Map<String, Object> kafkaConfig;
    private final Semaphore wakeUp = new Semaphore(0);
    private final URI source;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Instant nextPurge = Instant.now();

    OutboxRelay(EntityManager entityManager, MessagingConfig config, Tracing tracing,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.entityManager = entityManager;
        this.config = config;
        this.tracing = tracing;
        this.kafkaConfig = kafkaConfig;
        this.source = URI.create("/" + config.serviceName());
    }

    void start(@Observes StartupEvent startup) {
        Map<String, Object> producerConfig = new HashMap<>();
        kafkaConfig.forEach((key, value) -> producerConfig.put(key.replace('-', '.'), value));
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox-relay");
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        if (!config.outbox().relayEnabled()) {
            LOG.info("Outbox relay thread is off (dialogue.messaging.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wake();
        if (thread != null) {
            thread.join(Duration.ofSeconds(15).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that wrote outbox rows. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                int sent = relayBatch();
                if (!backoff.isZero()) {
                    LOG.info("Outbox relay is sending again");
                    backoff = Duration.ZERO;
                }
                purgeWhenDue();
                if (sent < config.outbox().batchSize()) {
                    wakeUp.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(100) : min(backoff.multipliedBy(2), config.outbox().maxBackoff());
                LOG.warnf("Outbox relay cannot send (%s); retrying in %d ms", LoggedFailure.describe(e), backoff.toMillis());
                sleep(backoff);
            }
        }
    }

    /**
     * Sends the oldest unsent rows and marks them sent, all or nothing, but for a row the broker can
     * never take, which is set aside and does not hold the others; the relay thread calls it in a
     * loop. Returns 0 while another instance holds the relay lock.
     */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Pending> batch = entityManager.unwrap(Session.class).doReturningWork(this::lockAndMarkNext);
            // Sent in waves holding at most one event per aggregate, each wave acknowledged whole before
            // the next leaves. When a send fails, the producer may still deliver the batches queued
            // behind it; with waves none of those is a later event of the same aggregate, so nothing
            // overtakes an event that will be sent again (the crash drill once caught an approval
            // published before its registration after a broker crash).
            List<List<Pending>> waves = new ArrayList<>();
            Map<String, Integer> eventsPerAggregate = new HashMap<>();
            for (Pending pending : batch) {
                int wave = eventsPerAggregate.merge(pending.topic() + "/" + pending.aggregateId(), 1, Integer::sum) - 1;
                if (wave == waves.size()) {
                    waves.add(new ArrayList<>());
                }
                waves.get(wave).add(pending);
            }
            for (List<Pending> wave : waves) {
                List<Future<RecordMetadata>> sends = new ArrayList<>(wave.size());
                for (Pending pending : wave) {
                    sends.add(send(pending));
                }
                producer.flush();
                for (int i = 0; i < wave.size(); i++) {
                    try {
                        sends.get(i).get(15, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!neverSendable(e.getCause())) {
                            throw e;
                        }
                        setAside(wave.get(i), e.getCause());
                    }
                }
            }
            return batch.size();
        });
    }

    /**
     * A serializer's refusal comes at once rather than in the future; it is returned there, as the
     * broker's would be. A row written under a span is sent under a producer span, its child; the
     * event keeps the context it was created in as its {@code traceparent}, as CloudEvents asks.
     */
    private Future<RecordMetadata> send(Pending pending) {
        Span span = pending.traceparent() == null ? Span.getInvalid()
                : tracing.start("send " + pending.topic(), SpanKind.PRODUCER, pending.traceparent())
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.destination.name", pending.topic())
                        .setAttribute("messaging.message.id", pending.id().toString())
                        .setAttribute("cloudevents.event_type", pending.type());
        try {
            return producer.send(pending.toRecord(source), (sent, failure) -> ended(span, failure));
        } catch (SerializationException e) {
            ended(span, e);
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void ended(Span span, Exception failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, LoggedFailure.describe(failure));
        }
        span.end();
    }

    /**
     * Failures of the record itself, which no retry and no broker restart will cure: the rows behind
     * it must not wait for it. A broker out of reach, a timeout or a missing ACL passes, or needs an
     * operator, and holds the batch as before.
     */
    private static boolean neverSendable(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof InvalidTopicException
                || failure instanceof SerializationException;
    }

    /**
     * Marks the row set aside, in the batch's transaction: unsent, never selected again, and kept
     * for an operator. Logged by its id, type, topic and size, and the failure's classes: the
     * payload is personal data, and the failure's message may quote it.
     */
    private void setAside(Pending pending, Throwable failure) {
        String reason = LoggedFailure.describe(failure);
        entityManager.createNativeQuery("update outbox_event set sent_at = null, failed_at = now(), failure = ?1 where id = ?2")
                .setParameter(1, reason.length() > 500 ? reason.substring(0, 500) : reason)
                .setParameter(2, pending.id())
                .executeUpdate();
        LOG.errorf("Outbox relay sets event %s aside (%s on %s, %d bytes of payload): %s; the events after it go on",
                pending.id(), pending.type(), pending.topic(),
                pending.payload() == null ? 0 : pending.payload().getBytes(StandardCharsets.UTF_8).length, reason);
    }

    /**
     * Takes the relay lock, then marks the oldest unsent rows sent and returns them in commit order:
     * two round trips. The marks are part of this transaction, undone if a send fails. Taken after
     * the lock, the marking statement's snapshot holds every row the previous holder marked.
     */
    private List<Pending> lockAndMarkNext(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))");
                ResultSet locked = lock.executeQuery()) {
            if (!locked.next() || !locked.getBoolean(1)) {
                return List.of();
            }
        }
        try (PreparedStatement mark = connection.prepareStatement("""
                with next as (select id from outbox_event where sent_at is null and failed_at is null order by seq limit ?)
                update outbox_event event set sent_at = now() from next where event.id = next.id
                returning event.seq, event.id, event.aggregatetype, event.aggregateid, event.type, event.payload::text, event.occurred_at,
                    event.traceparent""")) {
            mark.setInt(1, config.outbox().batchSize());
            List<Pending> batch = new ArrayList<>();
            try (ResultSet rows = mark.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getObject(7, OffsetDateTime.class), rows.getString(8)));
                }
            }
            batch.sort(Comparator.comparingLong(Pending::seq));
            return batch;
        }
    }

    /** An outbox row on its way: the topic is the row's {@code aggregatetype}. */
    private record Pending(long seq, UUID id, String topic, String aggregateId, String type, String payload,
            OffsetDateTime occurredAt, String traceparent) {

        /** A row without payload is an event without data: the record has no value, a tombstone of its key. */
        ProducerRecord<String, byte[]> toRecord(URI source) {
            CloudEvent event = new CloudEvent(id, source, type, aggregateId, occurredAt,
                    EventType.byTypeName(type).map(EventType::dataSchema).orElse(null),
                    payload == null ? null : CloudEvent.JSON, payload == null ? null : payload.getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> record = KafkaCloudEvents.toRecord(topic, event);
            if (traceparent != null) {
                record.headers().add(KafkaCloudEvents.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }
    }

    private void purgeWhenDue() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
        int purged = purgeSent();
        if (purged > 0) {
            LOG.debugf("Purged %d sent outbox rows", purged);
        }
    }

    /** Deletes rows sent longer ago than the retention; unsent rows are never touched. */
    public int purgeSent() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from outbox_event where sent_at < now() - cast(?1 as interval)")
                .setParameter(1, config.outbox().retention().toSeconds() + " seconds")
                .executeUpdate());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
