package dev.dialogue.platform.messaging;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.InvalidCloudEventException;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.logging.LoggedFailure;
import dev.dialogue.platform.persistence.DatabaseUnavailable;
import dev.dialogue.platform.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The one way a service consumes a record: parse the CloudEvent, check its type, its source and
 * its schema, then run the handler and record the event's source and id in one transaction, so a
 * redelivery has no second effect. The source must be the one the topic allows: the publishing
 * service's on its topics, the partner's own on a partner's topic space (which only that partner
 * may write), so a record cannot pass itself off as another's. A record that cannot be processed is nacked to the channel's dead-letter topic with the
 * reason and the consumer's name; consumption goes on with the next record. While the database
 * itself is unavailable nothing is dead-lettered: the record waits until it is back.
 *
 * <p>Channels using it set {@code failure-strategy=dead-letter-queue} and
 * {@code dead-letter-queue.topic=<topic>.dlq}.
 */
@ApplicationScoped
public class InboundEvents {

    public static final String DEAD_LETTER_CONSUMER = "dead-letter-consumer";
    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final EntityManager entityManager;
    private final MessagingConfig config;
    private final Tracing tracing;

    InboundEvents(EntityManager entityManager, MessagingConfig config, Tracing tracing) {
        this.entityManager = entityManager;
        this.config = config;
        this.tracing = tracing;
    }

    /**
     * @param channel the incoming channel's name; with the service name it identifies the consumer
     *                in the inbox and in dead letters
     */
    public CompletionStage<Void> process(IncomingKafkaRecord<String, byte[]> record, String channel, EventHandler handler) {
        String consumer = consumer(channel);
        InboundEvent event;
        try {
            event = validate(record);
        } catch (InvalidCloudEventException | RejectedEventException e) {
            return deadLetter(record, consumer, e.getMessage());
        }
        Optional<String> wrongSource = wrongSource(event);
        if (wrongSource.isPresent()) {
            return deadLetter(record, consumer, wrongSource.get());
        }
        return handle(record, consumer, event, events -> events.forEach(handler::handle));
    }

    /**
     * The records of one poll, for a channel with {@code batch=true}: the valid ones recorded in the
     * inbox with one statement and handled in a single transaction, one commit for all. If that
     * fails, the batch is rolled back and its records are handled one by one as {@link #process}
     * does, so a bad record costs the batch its speed, never its other records.
     */
    public CompletionStage<Void> processBatch(KafkaRecordBatch<String, byte[]> batch, String channel,
            EventBatchHandler handler) {
        return processBatch(batch, channel, handler, (event, reason) -> {
        });
    }

    /**
     * As {@link #processBatch(KafkaRecordBatch, String, EventBatchHandler)}, and a well-formed event
     * that came with a source its topic does not allow is answered, in a transaction of its own,
     * before it is dead-lettered: a partner learns why its request went nowhere.
     */
    public CompletionStage<Void> processBatch(KafkaRecordBatch<String, byte[]> batch, String channel,
            EventBatchHandler handler, MisattributedEvents misattributed) {
        String consumer = consumer(channel);
        List<CompletionStage<Void>> outcomes = new ArrayList<>();
        List<IncomingKafkaRecord<String, byte[]>> records = new ArrayList<>();
        List<InboundEvent> events = new ArrayList<>();
        for (KafkaRecord<String, byte[]> kafkaRecord : batch) {
            IncomingKafkaRecord<String, byte[]> record = (IncomingKafkaRecord<String, byte[]>) kafkaRecord;
            InboundEvent event;
            try {
                event = validate(record);
            } catch (InvalidCloudEventException | RejectedEventException e) {
                outcomes.add(deadLetter(record, consumer, e.getMessage()));
                continue;
            }
            Optional<String> wrongSource = wrongSource(event);
            if (wrongSource.isPresent()) {
                answer(consumer, misattributed, event, wrongSource.get());
                outcomes.add(deadLetter(record, consumer, wrongSource.get()));
                continue;
            }
            events.add(event);
            records.add(record);
        }
        if (!events.isEmpty()) {
            // A span per event in its own trace. The batch's writes serve them all, so they run under one
            // span of the batch linked to each (a batch of one: under that event's span, in its trace).
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                spans.add(consumerSpan(records.get(i), consumer, events.get(i)));
            }
            Span batchSpan = spans.size() == 1 ? spans.get(0)
                    : tracing.startLinked("process " + records.get(0).getTopic() + " batch", SpanKind.CONSUMER, spans);
            try {
                Supplier<Boolean> handled = () -> inTransactionOnceTheDatabaseAnswers(consumer,
                        () -> handleFirstDeliveries(consumer, events, handler));
                if (!underSpan(batchSpan, handled)) {
                    return new CompletableFuture<>();
                }
                records.forEach(record -> outcomes.add(record.ack()));
            } catch (RuntimeException e) {
                spans.forEach(span -> span.setStatus(StatusCode.ERROR, "handled again one by one"));
                LOG.infof("%s handles a batch of %d one by one: %s", consumer, events.size(), LoggedFailure.describe(e));
                for (int i = 0; i < events.size(); i++) {
                    outcomes.add(handle(records.get(i), consumer, events.get(i), handler));
                }
            } finally {
                spans.forEach(Span::end);
                if (spans.size() > 1) {
                    batchSpan.end();
                }
            }
        }
        return CompletableFuture.allOf(outcomes.stream().map(CompletionStage::toCompletableFuture).toArray(CompletableFuture[]::new));
    }

    private String consumer(String channel) {
        return config.serviceName() + "/" + channel;
    }

    /**
     * One record in its own transaction, tried again on failure, dead-lettered after the last
     * attempt; under a span of the event's trace, current while it runs, so that the events its
     * handler publishes continue that trace.
     */
    private CompletionStage<Void> handle(IncomingKafkaRecord<String, byte[]> record, String consumer, InboundEvent event,
            EventBatchHandler handler) {
        Span span = consumerSpan(record, consumer, event);
        try {
            return underSpan(span, () -> attempts(record, consumer, event, handler));
        } finally {
            span.end();
        }
    }

    /** The work's result, done with the span current and its trace id in the log lines. */
    private static <T> T underSpan(Span span, Supplier<T> work) {
        try (Scope current = span.makeCurrent()) {
            MDC.put(Tracing.TRACE_ID, span.getSpanContext().getTraceId());
            return work.get();
        } finally {
            MDC.remove(Tracing.TRACE_ID);
        }
    }

    /** A consumer span, the child of the context the event's publisher sent with it. */
    private Span consumerSpan(IncomingKafkaRecord<String, byte[]> record, String consumer, InboundEvent event) {
        Header traceparent = record.getHeaders().lastHeader(KafkaCloudEvents.TRACEPARENT);
        Span span = tracing.start("process " + record.getTopic(), SpanKind.CONSUMER,
                traceparent == null ? null : new String(traceparent.value(), StandardCharsets.UTF_8));
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.destination.name", record.getTopic());
        span.setAttribute("messaging.consumer.group.name", consumer);
        span.setAttribute("messaging.message.id", event.cloudEvent().id().toString());
        span.setAttribute("cloudevents.event_type", event.type().typeName());
        return span;
    }

    private CompletionStage<Void> attempts(IncomingKafkaRecord<String, byte[]> record, String consumer, InboundEvent event,
            EventBatchHandler handler) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= config.inbound().maxAttempts(); attempt++) {
            try {
                if (!inTransactionOnceTheDatabaseAnswers(consumer, () -> handleFirstDeliveries(consumer, List.of(event), handler))) {
                    return new CompletableFuture<>();
                }
                return record.ack();
            } catch (RejectedEventException | EventTooLargeException e) {
                // Neither passes on a second attempt. An event too large names its sizes, not its content.
                return deadLetter(record, consumer, e.getMessage());
            } catch (DomainException e) {
                // A rule of the domain refuses the event; it would refuse it again.
                return deadLetter(record, consumer, "refused (" + e.kind() + "): " + e.getMessage());
            } catch (RuntimeException e) {
                failure = e;
                LOG.warnf("%s failed on event %s (attempt %d of %d): %s", consumer, event.cloudEvent().id(), attempt,
                        config.inbound().maxAttempts(), LoggedFailure.describe(e));
                pause(config.inbound().retryBackoff().multipliedBy(attempt));
            }
        }
        return deadLetter(record, consumer, "handler failed " + config.inbound().maxAttempts() + " times: "
                + LoggedFailure.describe(failure));
    }

    /**
     * Runs the work in a new transaction. While the database itself is unavailable that is not the
     * records' fault: they wait, and the partition behind them, until it is back. Returns false if
     * the service stops meanwhile; the records are then left unacknowledged, to be delivered again
     * after the restart. Any other failure is thrown.
     */
    private boolean inTransactionOnceTheDatabaseAnswers(String consumer, Runnable work) {
        int waits = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                if (waits > 0) {
                    LOG.infof("%s reaches the database again", consumer);
                }
                return true;
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.explains(e)) {
                    throw e;
                }
                if (waits++ == 0) {
                    LOG.warnf("%s cannot reach the database (%s); waiting until it can", consumer, LoggedFailure.describe(e));
                }
                if (!pause(config.inbound().outageRetryInterval())) {
                    return false;
                }
            }
        }
    }

    private static InboundEvent validate(IncomingKafkaRecord<String, byte[]> record) {
        CloudEvent cloudEvent = KafkaCloudEvents.fromRecord(record.getHeaders(), record.getPayload());
        EventType type = EventType.byTypeName(cloudEvent.type())
                .orElseThrow(() -> new RejectedEventException("unknown event type " + cloudEvent.type()));
        if (!type.topic().carries(record.getTopic())) {
            throw new RejectedEventException(type.typeName() + " does not belong on " + record.getTopic());
        }
        if (!type.hasData()) {
            if (cloudEvent.data() != null) {
                throw new RejectedEventException(type.typeName() + " carries no data, but the record has a value");
            }
            return new InboundEvent(type, cloudEvent, record.getTopic());
        }
        if (cloudEvent.data() == null) {
            throw new RejectedEventException(type.typeName() + " has no data: the record has no value");
        }
        List<String> violations = EventSchemas.violations(type, cloudEvent.data());
        if (!violations.isEmpty()) {
            throw new RejectedEventException("payload violates " + type.dataSchema() + ": " + String.join("; ", violations));
        }
        return new InboundEvent(type, cloudEvent, record.getTopic());
    }

    /** Why the event's source is not the one its topic allows, if it is not. */
    private static Optional<String> wrongSource(InboundEvent event) {
        Topic topic = event.type().topic();
        URI allowed = topic.perPartner() ? Topic.partnerSource(event.partnerId()) : topic.publisher().source();
        if (allowed.equals(event.cloudEvent().source())) {
            return Optional.empty();
        }
        return Optional.of("source " + event.cloudEvent().source() + " may not post on " + event.topic() + ": only " + allowed
                + (topic.perPartner() ? ", whose topic space it is" : ", its publisher") + ", may");
    }

    private void answer(String consumer, MisattributedEvents misattributed, InboundEvent event, String reason) {
        try {
            inTransactionOnceTheDatabaseAnswers(consumer, () -> misattributed.answer(event, reason));
        } catch (RuntimeException e) {
            LOG.warnf("%s could not answer misattributed event %s: %s", consumer, event.cloudEvent().id(),
                    LoggedFailure.describe(e));
        }
    }

    /** Records the events in the inbox and hands the handler those recorded now, not by an earlier delivery. */
    private void handleFirstDeliveries(String consumer, List<InboundEvent> events, EventBatchHandler handler) {
        Set<String> recorded = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (consumer, source, event_id, event_type)
                    select ?, source, event_id, event_type from unnest(?, ?, ?) as delivered (source, event_id, event_type)
                    on conflict do nothing
                    returning source, event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", events.stream().map(event -> event.cloudEvent().source().toString()).toArray()));
                insert.setArray(3, connection.createArrayOf("uuid", events.stream().map(event -> event.cloudEvent().id()).toArray()));
                insert.setArray(4, connection.createArrayOf("text", events.stream().map(event -> event.type().typeName()).toArray()));
                Set<String> keys = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1) + " " + rows.getString(2));
                    }
                }
                return keys;
            }
        });
        // A record delivered twice within one poll is recorded once and handled once.
        List<InboundEvent> firstDeliveries = events.stream()
                .filter(event -> recorded.remove(event.cloudEvent().source() + " " + event.cloudEvent().id()))
                .toList();
        if (!firstDeliveries.isEmpty()) {
            handler.handle(firstDeliveries);
        }
    }

    private static CompletionStage<Void> deadLetter(IncomingKafkaRecord<String, byte[]> record, String consumer, String reason) {
        LOG.warnf("%s sends %s[%d]@%d to the dead-letter topic: %s", consumer, record.getTopic(), record.getPartition(),
                record.getOffset(), reason);
        RecordHeaders headers = new RecordHeaders();
        record.getHeaders().forEach(headers::add);
        headers.add(DEAD_LETTER_CONSUMER, consumer.getBytes(StandardCharsets.UTF_8));
        return record.nack(new DeadLetterException(reason),
                Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build()));
    }

    /** Returns false when the service is stopping. */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The reason a record was dead-lettered; SmallRye writes its message as {@code dead-letter-reason}. */
    static final class DeadLetterException extends RuntimeException {

        DeadLetterException(String reason) {
            super(reason, null, false, false);
        }
    }
}
