package dev.dialogue.matchmaking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A time a participant declared they are not available for meetings. */
@Entity
@Table(name = "participant_break")
public class ParticipantBreak extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    public static List<ParticipantBreak> of(UUID participantId) {
        return list("participantId = ?1 order by startsAt", participantId);
    }
}
