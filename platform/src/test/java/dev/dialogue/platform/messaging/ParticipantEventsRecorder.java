package dev.dialogue.platform.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumers as a service writes them: one record per transaction on {@code forum.participants.v1},
 * a whole poll per transaction on {@code personal.participants.v1}. Their effect is to count each
 * event handled, once the transaction that recorded it in the inbox commits, as a write to the
 * service's own tables would be. They can be told to fail an event's first attempt.
 */
@ApplicationScoped
public class ParticipantEventsRecorder {

    private final InboundEvents inbound;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<UUID, Integer> handled = new ConcurrentHashMap<>();
    private final Set<UUID> failingOnce = ConcurrentHashMap.newKeySet();

    ParticipantEventsRecorder(InboundEvents inbound, TransactionSynchronizationRegistry transactions) {
        this.inbound = inbound;
        this.transactions = transactions;
    }

    @Incoming("participants")
    @Blocking
    public CompletionStage<Void> onParticipantEvent(IncomingKafkaRecord<String, byte[]> record) {
        return inbound.process(record, "participants", this::handle);
    }

    @Incoming("details")
    @Blocking
    public CompletionStage<Void> onDetails(KafkaRecordBatch<String, byte[]> batch) {
        return inbound.processBatch(batch, "details", this::handleAll);
    }

    void failOnce(UUID eventId) {
        failingOnce.add(eventId);
    }

    int timesHandled(UUID eventId) {
        return handled.getOrDefault(eventId, 0);
    }

    private void handleAll(List<InboundEvent> events) {
        events.forEach(this::handle);
    }

    private void handle(InboundEvent event) {
        UUID id = event.cloudEvent().id();
        if (failingOnce.remove(id)) {
            throw new IllegalStateException("the test fails event " + id + " once");
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    handled.merge(id, 1, Integer::sum);
                }
            }
        });
    }
}
