package dev.dialogue.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner system: it posts in its own topic space on the broker, into the forums it is allowed,
 * until an admin suspends it.
 */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_forums", nullable = false)
    public List<String> allowedForums = new ArrayList<>();

    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;

    public boolean suspended() {
        return suspendedAt != null;
    }

    public boolean mayRegisterInto(String forumId) {
        return !suspended() && allowedForums.contains(forumId);
    }
}
