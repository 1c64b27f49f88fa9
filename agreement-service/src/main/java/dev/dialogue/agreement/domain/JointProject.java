package dev.dialogue.agreement.domain;

import dev.dialogue.events.agreements.ProjectStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A joint project an executed agreement gave rise to, as the Technopolis Moscow agreements did. */
@Entity
@Table(name = "joint_project")
public class JointProject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<JointProject> of(UUID agreementId) {
        return list("agreementId = ?1 order by createdAt, id", agreementId);
    }
}
