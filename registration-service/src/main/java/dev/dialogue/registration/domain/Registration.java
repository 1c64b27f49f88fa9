package dev.dialogue.registration.domain;

import dev.dialogue.events.participants.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A person's registration for one forum; its id is the participant id everywhere else. */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    public long version;

    public static Registration submit(String forumId, String fullName, String email, String organisationName,
            String country, OffsetDateTime now) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.forumId = forumId;
        registration.fullName = fullName;
        registration.email = email;
        registration.organisationName = organisationName;
        registration.country = country;
        registration.status = RegistrationStatus.SUBMITTED;
        registration.registeredAt = now;
        return registration;
    }

    public static Optional<Registration> findByEmail(String forumId, String email) {
        return find("forumId = ?1 and lower(email) = lower(?2)", forumId, email).firstResultOptional();
    }
}
