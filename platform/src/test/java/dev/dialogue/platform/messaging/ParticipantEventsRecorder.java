package dev.dialogue.platform.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as a service writes one, on {@code forum.participants.v1}; its effect is to count the
 * events it handled. It can be told to fail an event's first attempt.
 */
@ApplicationScoped
public class ParticipantEventsRecorder {

    private final InboundEvents inbound;
    private final Map<UUID, Integer> handled = new ConcurrentHashMap<>();
    private final Set<UUID> failingOnce = ConcurrentHashMap.newKeySet();

    ParticipantEventsRecorder(InboundEvents inbound) {
        this.inbound = inbound;
    }

    @Incoming("participants")
    @Blocking
    public CompletionStage<Void> onParticipantEvent(IncomingKafkaRecord<String, byte[]> record) {
        return inbound.process(record, "participants", this::handle);
    }

    void failOnce(UUID eventId) {
        failingOnce.add(eventId);
    }

    int timesHandled(UUID eventId) {
        return handled.getOrDefault(eventId, 0);
    }

    private void handle(InboundEvent event) {
        UUID id = event.cloudEvent().id();
        if (failingOnce.remove(id)) {
            throw new IllegalStateException("the test fails event " + id + " once");
        }
        handled.merge(id, 1, Integer::sum);
    }
}
