package dev.dialogue.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner system and the organisations whose signatories it may sign for. */
@Entity
@Table(name = "signing_partner")
public class SigningPartner extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<UUID> organisations = new ArrayList<>();

    public boolean signsFor(UUID organisationId) {
        return organisations.contains(organisationId);
    }
}
