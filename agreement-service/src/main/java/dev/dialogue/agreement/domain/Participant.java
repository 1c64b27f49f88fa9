package dev.dialogue.agreement.domain;

import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A registered person and the organisation they may sign for, kept current from registration events. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    /** How many registration events have shaped this record. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Participant apply(ParticipantRegistration registration, OffsetDateTime now) {
        Participant participant = Participant.<Participant>findByIdOptional(registration.participantId())
                .orElseGet(Participant::new);
        participant.participantId = registration.participantId();
        participant.forumId = registration.forumId();
        participant.fullName = registration.fullName();
        participant.organisationId = registration.organisation().organisationId();
        participant.organisationName = registration.organisation().name().any();
        participant.status = registration.status();
        participant.revision++;
        participant.updatedAt = now;
        if (!participant.isPersistent()) {
            participant.persist();
        }
        return participant;
    }

    public static List<Participant> inForum(String forumId) {
        return list("forumId = ?1 order by organisationName, fullName", forumId);
    }
}
