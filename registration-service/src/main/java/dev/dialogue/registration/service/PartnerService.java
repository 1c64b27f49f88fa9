package dev.dialogue.registration.service;

import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.persistence.RowLocks;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.Partner;
import dev.dialogue.registration.messaging.PartnerTopicSpaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Admitting, suspending and reinstating partner systems: the partner's row and its topic space on
 * the broker change together. The row is written (and its id taken) first, the broker changed
 * inside the same transaction, so a refusal from the broker leaves no partner behind; a broker
 * change whose commit then fails is repeated, harmlessly, by the admin's next try.
 */
@ApplicationScoped
public class PartnerService {

    private final PartnerTopicSpaces topicSpaces;
    private final EntityManager entityManager;
    private final RowLocks locks;

    PartnerService(PartnerTopicSpaces topicSpaces, EntityManager entityManager, RowLocks locks) {
        this.topicSpaces = topicSpaces;
        this.entityManager = entityManager;
        this.locks = locks;
    }

    @Transactional
    public PartnerAdmission admit(PartnerRequest request) {
        if (Partner.findByIdOptional(request.partnerId()).isPresent()) {
            throw DomainException.conflict("partner " + request.partnerId() + " already exists").with("existingId", request.partnerId());
        }
        for (int i = 0; i < request.forums().size(); i++) {
            if (Forum.findByIdOptional(request.forums().get(i)).isEmpty()) {
                throw DomainException.invalid("forums[" + i + "]", "forum " + request.forums().get(i) + " does not exist");
            }
        }
        Partner partner = new Partner();
        partner.id = request.partnerId();
        partner.name = request.name();
        partner.allowedForums = new ArrayList<>(new LinkedHashSet<>(request.forums()));
        partner.persist();
        entityManager.flush();
        return new PartnerAdmission(PartnerView.of(partner), open(partner.id));
    }

    /** Revokes the partner's credentials and ACLs; what it already posted is refused from now on. */
    @Transactional
    public PartnerView suspend(String partnerId) {
        Partner partner = locked(partnerId);
        if (!partner.suspended()) {
            partner.suspendedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        try {
            topicSpaces.close(partnerId);
        } catch (PartnerTopicSpaces.Unavailable e) {
            throw unavailable(e);
        }
        return PartnerView.of(partner);
    }

    /** New credentials for a suspended partner, or for one whose password was lost: the old one stops working. */
    @Transactional
    public PartnerAdmission reinstate(String partnerId) {
        Partner partner = locked(partnerId);
        partner.suspendedAt = null;
        return new PartnerAdmission(PartnerView.of(partner), open(partnerId));
    }

    @Transactional
    public List<PartnerView> list() {
        return Partner.<Partner>listAll().stream().map(PartnerView::of).toList();
    }

    private Partner locked(String partnerId) {
        return locks.lock(Partner.class, partnerId).orElseThrow(() -> DomainException.notFound("partner", partnerId));
    }

    private PartnerTopicSpaces.Credentials open(String partnerId) {
        try {
            return topicSpaces.open(partnerId);
        } catch (PartnerTopicSpaces.Unavailable e) {
            throw unavailable(e);
        }
    }

    private static DomainException unavailable(PartnerTopicSpaces.Unavailable e) {
        return new DomainException(DomainException.Kind.UNAVAILABLE, e.getMessage());
    }
}
