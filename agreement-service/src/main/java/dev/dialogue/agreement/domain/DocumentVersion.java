package dev.dialogue.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One version of an agreement's text in one language, bound by the SHA-256 of its bytes. */
@Entity
@Table(name = "agreement_document")
public class DocumentVersion extends PanacheEntityBase {

    public static final List<String> LANGUAGES = List.of("ru", "zh", "en");

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public int version;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    /** The current version of each language, in the order ru, zh, en. */
    public static List<DocumentVersion> current(UUID agreementId) {
        return list("""
                from DocumentVersion v where v.agreementId = ?1 and v.version = (select max(d.version) from DocumentVersion d
                where d.agreementId = ?1 and d.language = v.language)
                order by case v.language when 'ru' then 1 when 'zh' then 2 else 3 end""", agreementId);
    }

    public static Optional<DocumentVersion> find(UUID agreementId, String language, Integer version) {
        return version == null
                ? find("agreementId = ?1 and language = ?2 order by version desc", agreementId, language).firstResultOptional()
                : find("agreementId = ?1 and language = ?2 and version = ?3", agreementId, language, version).firstResultOptional();
    }

    /** language → SHA-256 of the current versions: what a signatory must quote. */
    public static Map<String, String> currentHashes(UUID agreementId) {
        Map<String, String> hashes = new LinkedHashMap<>();
        current(agreementId).forEach(document -> hashes.put(document.language, document.sha256));
        return hashes;
    }
}
