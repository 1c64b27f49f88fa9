package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An accredited participant as matchmaking knows them, kept current from registration events. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    /** From {@code participant_name}, null until the person's details are read; never written here. */
    @Formula("(select name.full_name from participant_name name where name.participant_id = participant_id)")
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

    public static List<Profile> inForum(String forumId) {
        return list("forumId = ?1 order by fullName", forumId);
    }
}
