package dev.dialogue.registration.domain;

import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A person's registration for one forum; its id is the participant id everywhere else.
 *
 * <p>An update writes only the columns that changed, and the JSON values are replaced, never
 * changed in place, so Hibernate keeps them as they are instead of deep-copying each one (by
 * writing and parsing it) for the next dirty check, which an approval would otherwise do for all five.
 */
@Entity
@Table(name = "registration")
@DynamicUpdate
public class Registration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    /** As the person writes it. */
    @Column(name = "full_name", nullable = false)
    public String fullName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "name_transliterations")
    public LocalizedText nameTransliterations;

    @Column(nullable = false)
    public String email;

    public String phone;

    public String position;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantCategory category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<Interest> offers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<Interest> seeks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_seat", joinColumns = @JoinColumn(name = "registration_id"))
    public List<SessionSeat> seats = new ArrayList<>();

    @Column(name = "consent_text_version", nullable = false)
    public String consentTextVersion;

    @Column(name = "consent_given_at", nullable = false)
    public OffsetDateTime consentGivenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    /** The partner system that registered the person; null when an organiser did (or before this was recorded). */
    @Column(name = "registered_by_partner")
    public String registeredByPartner;

    /** 256 random bits, base64url; issued at approval. */
    @Column(name = "badge_token")
    public String badgeToken;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;

    /**
     * Overwrites everything that identifies the person. The id stays, a pseudonym for statistics,
     * and so do the forum, category, organisation and sectors, which identify nobody.
     */
    public void erase(OffsetDateTime now) {
        fullName = "erased";
        nameTransliterations = null;
        email = "erased-" + id + "@erased.invalid";
        phone = null;
        position = null;
        offers = new ArrayList<>();
        seeks = new ArrayList<>();
        languages = new ArrayList<>();
        badgeToken = null;
        statusReason = null;
        erasedAt = now;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    public void issueBadge() {
        if (badgeToken == null) {
            byte[] bits = new byte[32];
            RANDOM.nextBytes(bits);
            badgeToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        }
    }

    public static Optional<Registration> findByBadge(String badgeToken) {
        return find("badgeToken", badgeToken).firstResultOptional();
    }

    public static Optional<Registration> findByEmail(String forumId, String email) {
        return find("forumId = ?1 and lower(email) = lower(?2)", forumId, email).firstResultOptional();
    }
}
