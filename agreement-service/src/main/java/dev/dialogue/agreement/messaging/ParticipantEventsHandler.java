package dev.dialogue.agreement.messaging;

import dev.dialogue.agreement.service.ParticipantService;
import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.platform.messaging.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the participants who may sign current from {@code forum.participants.v1}. */
@ApplicationScoped
public class ParticipantEventsHandler {

    private final InboundEvents inbound;
    private final ParticipantService participants;

    ParticipantEventsHandler(InboundEvents inbound, ParticipantService participants) {
        this.inbound = inbound;
        this.participants = participants;
    }

    /** Whole polls at once, one transaction and a few queries each: a forum's registrations arrive in bursts. */
    @Incoming("participants")
    @Blocking
    public CompletionStage<Void> onParticipantEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbound.processBatch(batch, "participants", events -> {
            // Erasures last: whatever else the poll says of a person, being forgotten wins.
            participants.registrationsChanged(events.stream().filter(event -> event.type() != EventType.PARTICIPANT_ERASED)
                    .map(event -> event.payload(ParticipantRegistration.class)).toList());
            events.stream().filter(event -> event.type() == EventType.PARTICIPANT_ERASED)
                    .forEach(event -> participants.erased(event.payload(ParticipantErased.class)));
        });
    }
}
