package dev.dialogue.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner system: it posts with its own CloudEvents source, into the forums it is allowed. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_forums", nullable = false)
    public List<String> allowedForums = new ArrayList<>();

    public boolean mayRegisterInto(String forumId) {
        return allowedForums.contains(forumId);
    }

    public static Optional<Partner> findBySource(String source) {
        return find("source", source).firstResultOptional();
    }
}
