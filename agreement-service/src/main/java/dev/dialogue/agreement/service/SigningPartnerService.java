package dev.dialogue.agreement.service;

import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.agreement.domain.SigningPartner;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.persistence.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Which organisations a partner system may sign for: a partner's topic space proves who sent a
 * signature, this says whether that sender may sign for the signatory's organisation.
 */
@ApplicationScoped
public class SigningPartnerService {

    private final RowLocks locks;

    SigningPartnerService(RowLocks locks) {
        this.locks = locks;
    }

    @Transactional
    public SigningPartnerView bind(String partnerId, SigningPartnerRequest request) {
        SigningPartner partner = locks.lock(SigningPartner.class, partnerId).orElseGet(() -> {
            SigningPartner created = new SigningPartner();
            created.partnerId = partnerId;
            created.persist();
            return created;
        });
        partner.organisations = new ArrayList<>(new LinkedHashSet<>(request.organisations()));
        return SigningPartnerView.of(partner);
    }

    @Transactional
    public SigningPartnerView get(String partnerId) {
        return SigningPartner.<SigningPartner>findByIdOptional(partnerId).map(SigningPartnerView::of)
                .orElse(new SigningPartnerView(partnerId, List.of()));
    }

    /** @throws DomainException 403 unless the partner is bound to the organisation the participant signs for */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkMaySignFor(String partnerId, UUID participantId) {
        Participant participant = Participant.findById(participantId);
        if (participant == null) {
            throw DomainException.forbidden(participantId + " is not a participant known here");
        }
        boolean bound = SigningPartner.<SigningPartner>findByIdOptional(partnerId)
                .map(partner -> partner.signsFor(participant.organisationId)).orElse(false);
        if (!bound) {
            throw DomainException.forbidden("partner " + partnerId + " may not sign for organisation "
                    + participant.organisationId + " (" + participant.organisationName + ") of signatory " + participantId
                    + ": an admin binds partners to organisations");
        }
    }
}
