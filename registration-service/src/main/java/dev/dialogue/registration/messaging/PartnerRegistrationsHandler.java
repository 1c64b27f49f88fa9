package dev.dialogue.registration.messaging;

import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.platform.messaging.InboundEvents;
import dev.dialogue.registration.service.PartnerIntakeService;
import dev.dialogue.registration.service.PartnerIntakeService.PartnerRequest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Partner systems' registration requests, from every partner's {@code partner.<partnerId>.registrations.v1}
 * (a pattern subscription: a partner admitted later is read without a restart).
 */
@ApplicationScoped
public class PartnerRegistrationsHandler {

    private final InboundEvents inbound;
    private final PartnerIntakeService intake;

    PartnerRegistrationsHandler(InboundEvents inbound, PartnerIntakeService intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    /** Whole polls at a time, one transaction and a few queries each: partners post in bulk. */
    @Incoming("partner-registrations")
    @Blocking
    public CompletionStage<Void> onRegistrationsRequested(KafkaRecordBatch<String, byte[]> batch) {
        return inbound.processBatch(batch, "partner-registrations",
                events -> intake.requested(events.stream().map(event -> new PartnerRequest(event.partnerId(),
                        event.payload(RegistrationRequested.class))).toList()),
                (event, reason) -> intake.refused(new PartnerRequest(event.partnerId(), event.payload(RegistrationRequested.class)),
                        reason));
    }
}
