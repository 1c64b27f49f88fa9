package dev.dialogue.matchmaking.messaging;

import dev.dialogue.platform.messaging.InboundEvents;
import dev.dialogue.platform.people.ParticipantNames;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps who each participant is from {@code personal.participants.v1}; a tombstone forgets them. */
@ApplicationScoped
public class ParticipantDetailsHandler {

    private final InboundEvents inbound;
    private final ParticipantNames names;

    ParticipantDetailsHandler(InboundEvents inbound, ParticipantNames names) {
        this.inbound = inbound;
        this.names = names;
    }

    @Incoming("participant-details")
    @Blocking
    public CompletionStage<Void> onParticipantDetails(KafkaRecordBatch<String, byte[]> batch) {
        return inbound.processBatch(batch, "participant-details", names::apply);
    }
}
