package dev.dialogue.registration.service;

import dev.dialogue.registration.domain.Organisation;
import dev.dialogue.registration.persistence.Organisations;
import dev.dialogue.registration.service.RegistrationRequest.OrganisationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Finds the organisations registrations name, creating each the first time it is named. */
@ApplicationScoped
public class OrganisationService {

    private final Organisations organisations;

    OrganisationService(Organisations organisations) {
        this.organisations = organisations;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation resolve(OrganisationRequest request) {
        return resolveAll(List.of(request)).get(0);
    }

    /**
     * The organisations the requests name, in their order. The same body named again (any language,
     * normalised, same country) is the same organisation, among the requests too. The known ones
     * are found in one query and the new ones inserted in one statement. Two transactions naming a
     * new body at once both end up with the one row: the insert skips on the unique name keys and
     * the winner's row is read back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Organisation> resolveAll(List<OrganisationRequest> requests) {
        List<Organisation> named = requests.stream().map(request -> Organisation.named(request.name().toText(),
                request.kind(), request.country(), request.region())).toList();
        List<Organisation> known = new ArrayList<>(organisations.storedMaybeSame(named));
        List<Organisation> fresh = new ArrayList<>();
        List<Organisation> resolved = new ArrayList<>();
        for (Organisation candidate : named) {
            Organisation same = sameAs(candidate, known).orElse(null);
            if (same == null) {
                same = candidate;
                known.add(candidate);
                fresh.add(candidate);
            }
            resolved.add(same);
        }
        if (fresh.isEmpty()) {
            return resolved;
        }
        Set<UUID> inserted = organisations.insertUnlessTaken(fresh);
        Map<UUID, Organisation> stored = new HashMap<>();
        organisations.load(inserted).forEach(organisation -> stored.put(organisation.id, organisation));
        List<Organisation> lost = fresh.stream().filter(candidate -> !inserted.contains(candidate.id)).toList();
        List<Organisation> winners = lost.isEmpty() ? List.of() : organisations.storedMaybeSame(lost);
        lost.forEach(candidate -> stored.put(candidate.id, sameAs(candidate, winners).orElseThrow()));
        return resolved.stream().map(organisation -> stored.getOrDefault(organisation.id, organisation)).toList();
    }

    private static Optional<Organisation> sameAs(Organisation candidate, List<Organisation> among) {
        return among.stream().filter(candidate::isSameAs).findFirst();
    }
}
