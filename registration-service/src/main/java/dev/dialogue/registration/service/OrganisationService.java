package dev.dialogue.registration.service;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.registration.api.RegistrationRequest.OrganisationRequest;
import dev.dialogue.registration.domain.Organisation;
import dev.dialogue.registration.domain.OrganisationNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Finds the organisation a registration names, creating it the first time it is named. */
@ApplicationScoped
public class OrganisationService {

    private final EntityManager entityManager;

    OrganisationService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The same body named again (any language, normalised, same country) is the same organisation.
     * Two registrations naming a new body at once both end up with the one row: the insert skips
     * on the unique name keys and the winner's row is read back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation resolve(OrganisationRequest request) {
        LocalizedText name = request.name().toText();
        return Organisation.findSame(name, request.country()).orElseGet(() -> {
            entityManager.createNativeQuery("""
                    insert into organisation (id, name, name_key_ru, name_key_zh, name_key_en, kind, country, region)
                    values (?1, cast(?2 as jsonb), ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, dev.dialogue.events.EventJson.mapper().valueToTree(name).toString())
                    .setParameter(3, OrganisationNames.key(name.ru()))
                    .setParameter(4, OrganisationNames.key(name.zh()))
                    .setParameter(5, OrganisationNames.key(name.en()))
                    .setParameter(6, request.kind().name())
                    .setParameter(7, request.country())
                    .setParameter(8, request.region())
                    .executeUpdate();
            return Organisation.findSame(name, request.country()).orElseThrow();
        });
    }
}
