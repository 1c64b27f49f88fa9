package dev.dialogue.registration.domain;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A legal or public body: SEZ, company, fund, government body, diplomatic mission… */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @Column(name = "name_key_ru")
    public String nameKeyRu;

    @Column(name = "name_key_zh")
    public String nameKeyZh;

    @Column(name = "name_key_en")
    public String nameKeyEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(nullable = false)
    public String country;

    public String region;

    /** The organisation already known under any of these names in this country. */
    public static Optional<Organisation> findSame(LocalizedText name, String country) {
        return find("country = ?1 and (nameKeyRu = ?2 or nameKeyZh = ?3 or nameKeyEn = ?4)", country,
                OrganisationNames.key(name.ru()), OrganisationNames.key(name.zh()), OrganisationNames.key(name.en()))
                .firstResultOptional();
    }
}
