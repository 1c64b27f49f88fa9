package dev.dialogue.matchmaking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A session of the forum's programme other than B2B meetings: whoever is enrolled is busy while it runs. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;
}
