package dev.dialogue.registration.messaging;

import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.platform.messaging.InboundEvents;
import dev.dialogue.registration.service.PartnerIntakeService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Partner systems' registration requests from {@code partner.registrations.v1}. */
@ApplicationScoped
public class PartnerRegistrationsHandler {

    private final InboundEvents inbound;
    private final PartnerIntakeService intake;

    PartnerRegistrationsHandler(InboundEvents inbound, PartnerIntakeService intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    @Incoming("partner-registrations")
    @Blocking
    public CompletionStage<Void> onRegistrationRequested(IncomingKafkaRecord<String, byte[]> record) {
        return inbound.process(record, "partner-registrations",
                event -> intake.requested(event.cloudEvent().source(), event.payload(RegistrationRequested.class)));
    }
}
