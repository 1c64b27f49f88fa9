package dev.dialogue.agreement.messaging;

import dev.dialogue.agreement.service.AgreementSigning;
import dev.dialogue.agreement.service.SigningPartnerService;
import dev.dialogue.events.agreements.SignatureAction;
import dev.dialogue.events.agreements.SignatureSubmitted;
import dev.dialogue.platform.messaging.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Signatures and approvals posted by partner systems, each on its own {@code partner.<partnerId>.signatures.v1}
 * (a pattern subscription), under the rules of the REST API and for signatories of the organisations
 * an admin bound the partner to; one that breaks them goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class PartnerSignatureHandler {

    private final InboundEvents inbound;
    private final AgreementSigning signing;
    private final SigningPartnerService signingPartners;

    PartnerSignatureHandler(InboundEvents inbound, AgreementSigning signing, SigningPartnerService signingPartners) {
        this.inbound = inbound;
        this.signing = signing;
        this.signingPartners = signingPartners;
    }

    @Incoming("signatures")
    @Blocking
    public CompletionStage<Void> onSignature(IncomingKafkaRecord<String, byte[]> record) {
        return inbound.process(record, "signatures", event -> {
            SignatureSubmitted signature = event.payload(SignatureSubmitted.class);
            signingPartners.checkMaySignFor(event.partnerId(), signature.participantId());
            signing.act(signature.agreementId(), signature.participantId(), signature.action() == SignatureAction.APPROVE,
                    signature.documentHashes(), "partner:" + event.cloudEvent().source());
        });
    }
}
