package dev.dialogue.platform.people;

import dev.dialogue.platform.messaging.InboundEvents;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps who each participant is from {@code personal.participants.v1}; a tombstone forgets them.
 * Only in a service that shows names: it sets {@code dialogue.participant-names.enabled=true},
 * configures the {@code participant-details} channel and adds {@code db/people} to Flyway's locations.
 */
@ApplicationScoped
@IfBuildProperty(name = "dialogue.participant-names.enabled", stringValue = "true")
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
