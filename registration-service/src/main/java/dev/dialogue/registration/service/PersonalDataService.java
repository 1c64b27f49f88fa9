package dev.dialogue.registration.service;

import dev.dialogue.platform.web.ProblemException;
import dev.dialogue.registration.api.PersonalData;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.messaging.ParticipantEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A person's right of access (export) and right to erasure. */
@ApplicationScoped
public class PersonalDataService {

    private final EntityManager entityManager;
    private final AccreditationService accreditation;
    private final ParticipantEvents events;

    PersonalDataService(EntityManager entityManager, AccreditationService accreditation, ParticipantEvents events) {
        this.entityManager = entityManager;
        this.accreditation = accreditation;
        this.events = events;
    }

    @Transactional
    public PersonalData export(UUID id) {
        Registration registration = Registration.<Registration>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("participant", id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, type, occurred_at, sent_at from outbox_event where aggregateid = ?1 order by seq""")
                .setParameter(1, id.toString()).getResultList();
        List<PersonalData.Announcement> announcements = rows.stream()
                .map(row -> new PersonalData.Announcement((UUID) row[0], (String) row[1], time(row[2]), time(row[3])))
                .toList();
        return new PersonalData(ParticipantEvents.state(registration), registration.badgeToken,
                registration.checkedInAt, registration.erasedAt, announcements);
    }

    /**
     * Erases the person: their seats go to the next in line, their personal fields are overwritten,
     * every outbox row about them is deleted (an unsent one too: the erasure that follows would undo
     * it anyway), and {@code ParticipantErased} tells the other services to do the same. Erasing
     * twice has no second effect.
     */
    @Transactional
    public void erase(UUID id) {
        Registration registration = accreditation.lock(id);
        if (registration.erasedAt != null) {
            return;
        }
        accreditation.withdraw(registration);
        registration.erase(OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.createNativeQuery("delete from outbox_event where aggregateid = ?1")
                .setParameter(1, id.toString()).executeUpdate();
        entityManager.flush();
        events.erased(registration);
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
