package dev.dialogue.matchmaking.domain;

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

/** A participant as matchmaking knows them, kept current from registration events. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

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

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    /** How many registration events have shaped this profile. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Takes the registration's current state, creating the profile on its first event. */
    public static Profile apply(ParticipantRegistration registration, OffsetDateTime now) {
        Profile profile = Profile.<Profile>findByIdOptional(registration.participantId()).orElseGet(Profile::new);
        profile.participantId = registration.participantId();
        profile.forumId = registration.forumId();
        profile.fullName = registration.fullName();
        profile.organisationId = registration.organisation().organisationId();
        profile.organisationName = registration.organisation().name().any();
        profile.country = registration.organisation().country();
        profile.status = registration.status();
        profile.revision++;
        profile.updatedAt = now;
        if (!profile.isPersistent()) {
            profile.persist();
        }
        return profile;
    }

    public static List<Profile> inForum(String forumId) {
        return list("forumId = ?1 order by fullName", forumId);
    }
}
