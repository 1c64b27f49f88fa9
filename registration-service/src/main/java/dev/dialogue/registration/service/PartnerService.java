package dev.dialogue.registration.service;

import dev.dialogue.platform.web.ProblemException;
import dev.dialogue.registration.api.PartnerRequest;
import dev.dialogue.registration.api.PartnerView;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

@ApplicationScoped
public class PartnerService {

    @Transactional
    public PartnerView register(PartnerRequest request) {
        if (Partner.findByIdOptional(request.partnerId()).isPresent()) {
            throw ProblemException.conflict("partner " + request.partnerId() + " already exists").with("existingId", request.partnerId());
        }
        if (Partner.findBySource(request.source()).isPresent()) {
            throw ProblemException.conflict("source " + request.source() + " belongs to another partner");
        }
        for (int i = 0; i < request.forums().size(); i++) {
            if (Forum.findByIdOptional(request.forums().get(i)).isEmpty()) {
                throw ProblemException.invalid("forums[" + i + "]", "forum " + request.forums().get(i) + " does not exist");
            }
        }
        Partner partner = new Partner();
        partner.id = request.partnerId();
        partner.name = request.name();
        partner.source = request.source();
        partner.allowedForums = new ArrayList<>(new LinkedHashSet<>(request.forums()));
        partner.persist();
        return PartnerView.of(partner);
    }

    @Transactional
    public List<PartnerView> list() {
        return Partner.<Partner>listAll().stream().map(PartnerView::of).toList();
    }

    /** A partner's token may register only into the forums the partner is allowed. */
    @Transactional
    public void checkMayRegister(String partnerId, String forumId) {
        boolean allowed = Partner.<Partner>findByIdOptional(partnerId).map(partner -> partner.mayRegisterInto(forumId))
                .orElse(false);
        if (!allowed) {
            throw ProblemException.forbidden("partner " + partnerId + " may not register into forum " + forumId);
        }
    }
}
