package dev.dialogue.registration.api;

import dev.dialogue.registration.domain.Partner;
import java.util.List;

public record PartnerView(String partnerId, String name, String source, List<String> forums) {

    public static PartnerView of(Partner partner) {
        return new PartnerView(partner.id, partner.name, partner.source, List.copyOf(partner.allowedForums));
    }
}
