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

    /** A body not yet stored, as a registration names it; its name keys make it comparable with the known ones. */
    public static Organisation named(LocalizedText name, OrganisationKind kind, String country, String region) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = name;
        organisation.nameKeyRu = OrganisationNames.key(name.ru());
        organisation.nameKeyZh = OrganisationNames.key(name.zh());
        organisation.nameKeyEn = OrganisationNames.key(name.en());
        organisation.kind = kind;
        organisation.country = country;
        organisation.region = region;
        return organisation;
    }

    /** Whether the two are the same body: the same country and a name in common (compared by key). */
    public boolean isSameAs(Organisation other) {
        return country.equals(other.country) && (sameKey(nameKeyRu, other.nameKeyRu)
                || sameKey(nameKeyZh, other.nameKeyZh) || sameKey(nameKeyEn, other.nameKeyEn));
    }

    private static boolean sameKey(String key, String otherKey) {
        return key != null && key.equals(otherKey);
    }
}
