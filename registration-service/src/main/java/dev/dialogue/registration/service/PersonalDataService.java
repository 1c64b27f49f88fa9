package dev.dialogue.registration.service;

import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.messaging.ParticipantEvents;
import dev.dialogue.registration.persistence.Seats;
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
    private final Seats seats;

    PersonalDataService(EntityManager entityManager, AccreditationService accreditation, ParticipantEvents events,
            Seats seats) {
        this.entityManager = entityManager;
        this.accreditation = accreditation;
        this.events = events;
        this.seats = seats;
    }

    @Transactional
    public PersonalData export(UUID id) {
        Registration registration = Registration.<Registration>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("participant", id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, type, occurred_at, sent_at from outbox_event where aggregateid = ?1 order by seq""")
                .setParameter(1, id.toString()).getResultList();
        List<PersonalData.Announcement> announcements = rows.stream()
                .map(row -> new PersonalData.Announcement((UUID) row[0], (String) row[1], time(row[2]), time(row[3])))
                .toList();
        return new PersonalData(RegistrationView.of(registration, seats), registration.badgeToken,
                registration.checkedInAt, registration.erasedAt, announcements);
    }

    /**
     * Erases the person: their seats go to the next in line, their personal fields are overwritten,
     * every outbox row that may hold their data is deleted (see {@link ParticipantEvents#erased}), the
     * compacted topic gets the tombstone of their details, and {@code ParticipantErased} tells the
     * other services to do the same. Erasing twice has no second effect.
     */
    @Transactional
    public void erase(UUID id) {
        Registration registration = accreditation.lock(id);
        if (registration.erasedAt != null) {
            return;
        }
        accreditation.withdraw(registration);
        registration.erase(OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.flush();
        events.erased(registration);
    }

    /**
     * Writes the tombstone of each person erased before the given time a second time (see
     * {@link ErasureCompactionJob}), a hundred at a time.
     *
     * @return how many
     */
    @Transactional
    public int repeatErasures(OffsetDateTime erasedBefore) {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                update registration set erasure_repeated_at = now()
                where id in (select id from registration where erased_at <= ?1 and erasure_repeated_at is null
                             order by erased_at limit 100 for update skip locked)
                returning id""", UUID.class).setParameter(1, erasedBefore).getResultList();
        due.forEach(events::detailsErasedAgain);
        return due.size();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
