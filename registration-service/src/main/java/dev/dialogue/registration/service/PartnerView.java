package dev.dialogue.registration.service;

import dev.dialogue.events.Topic;
import dev.dialogue.registration.domain.Partner;
import java.time.OffsetDateTime;
import java.util.List;

/** A partner system as admins see it: never its credentials, which only its admission returns. */
public record PartnerView(String partnerId, String name, String source, List<String> forums, List<String> topics,
        OffsetDateTime suspendedAt) {

    public static PartnerView of(Partner partner) {
        return new PartnerView(partner.id, partner.name, Topic.partnerSource(partner.id).toString(),
                List.copyOf(partner.allowedForums), Topic.partnerTopicNames(partner.id), partner.suspendedAt);
    }
}
