package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.persistence.Entities;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An accredited participant as matchmaking knows them, kept current from registration events. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    /** Registrations in these states take part in matchmaking; any other state removes the profile. */
    public static final Set<RegistrationStatus> ACCREDITED =
            EnumSet.of(RegistrationStatus.APPROVED, RegistrationStatus.WAITLISTED, RegistrationStatus.CHECKED_IN);

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
    @Column(name = "organisation_kind", nullable = false)
    public OrganisationKind organisationKind;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Interest> offers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Interest> seeks = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "offer_types", nullable = false)
    public List<InterestType> offerTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "seek_types", nullable = false)
    public List<InterestType> seekTypes = new ArrayList<>();

    /** The programme sessions the participant holds a seat in: they are busy while these run. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "enrolled_sessions", nullable = false)
    public List<UUID> enrolledSessions = new ArrayList<>();

    /** How many registration events have shaped this profile. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The profiles of these participants, in one query. */
    public static Map<UUID, Profile> byParticipant(Collection<UUID> participantIds) {
        return Entities.byId(getEntityManager(), Profile.class, participantIds, profile -> profile.participantId);
    }

    /**
     * Takes the registration's current state: creates or updates the profile of an accredited
     * participant, and removes the profile of anyone else (submitted, rejected, cancelled).
     *
     * @param profile the participant's profile: stored, removed earlier in this transaction, or null if none
     * @return the profile as it now is (removed if the participant is not accredited), or null if none
     */
    public static Profile apply(Profile profile, ParticipantRegistration registration, OffsetDateTime now) {
        if (!ACCREDITED.contains(registration.status())) {
            if (profile != null && profile.isPersistent()) {
                profile.delete();
            }
            return profile;
        }
        if (profile == null || !profile.isPersistent()) {
            // New, or removed earlier in this transaction and taken back below, as a new one would be.
            profile = profile == null ? new Profile() : profile;
            profile.participantId = registration.participantId();
            profile.revision = 0;
        }
        profile.forumId = registration.forumId();
        profile.fullName = registration.fullName();
        profile.organisationId = registration.organisation().organisationId();
        profile.organisationName = registration.organisation().name().any();
        profile.organisationKind = registration.organisation().kind();
        profile.country = registration.organisation().country();
        profile.category = registration.category();
        profile.status = registration.status();
        profile.languages = new ArrayList<>(registration.languages());
        profile.sectors = new ArrayList<>(registration.sectors());
        profile.offers = new ArrayList<>(registration.offers());
        profile.seeks = new ArrayList<>(registration.seeks());
        profile.offerTypes = types(registration.offers());
        profile.seekTypes = types(registration.seeks());
        profile.enrolledSessions = new ArrayList<>(registration.sessions().stream()
                .filter(seat -> seat.status() == SeatStatus.ENROLLED).map(SessionSeat::sessionId).toList());
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

    private static List<InterestType> types(List<Interest> interests) {
        return new ArrayList<>(interests.stream().map(Interest::type).distinct().toList());
    }
}
