package dev.dialogue.agreement.service;

import dev.dialogue.agreement.domain.SigningPartner;
import java.util.List;
import java.util.UUID;

public record SigningPartnerView(String partnerId, List<UUID> organisations) {

    public static SigningPartnerView of(SigningPartner partner) {
        return new SigningPartnerView(partner.partnerId, List.copyOf(partner.organisations));
    }
}
