package dev.dialogue.agreement.domain;

import dev.dialogue.events.participants.RegistrationStatus;
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

/** A registered person and the organisation they may sign for, kept current from registration events. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

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
    @Column(nullable = false)
    public RegistrationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    /** How many registration events have shaped this record. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Only the accredited may sign. */
    public boolean accredited() {
        return status.accredited();
    }

    public static List<Participant> inForum(String forumId) {
        return list("forumId = ?1 order by organisationName, fullName", forumId);
    }
}
