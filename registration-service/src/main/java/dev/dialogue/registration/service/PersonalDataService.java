package dev.dialogue.registration.service;

import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.messaging.ParticipantEvents;
import dev.dialogue.registration.persistence.ErasedRegistrations;
import dev.dialogue.registration.persistence.Seats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A person's right of access (export) and right to erasure. */
@ApplicationScoped
public class PersonalDataService {

    private static final int REPEATS_AT_A_TIME = 100;

    private final EntityManager entityManager;
    private final AccreditationService accreditation;
    private final ParticipantEvents events;
    private final Seats seats;
    private final Outbox outbox;
    private final ErasedRegistrations erased;

    PersonalDataService(EntityManager entityManager, AccreditationService accreditation, ParticipantEvents events, Seats seats,
            Outbox outbox, ErasedRegistrations erased) {
        this.entityManager = entityManager;
        this.accreditation = accreditation;
        this.events = events;
        this.seats = seats;
        this.outbox = outbox;
        this.erased = erased;
    }

    @Transactional
    public PersonalData export(UUID id) {
        Registration registration = Registration.<Registration>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("participant", id));
        List<PersonalData.Announcement> announcements = outbox.announcements(id.toString()).stream()
                .map(row -> new PersonalData.Announcement(row.id(), row.type(), row.occurredAt(), row.sentAt())).toList();
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
        List<UUID> due = erased.claimRepeats(erasedBefore, REPEATS_AT_A_TIME);
        due.forEach(events::detailsErasedAgain);
        return due.size();
    }
}
