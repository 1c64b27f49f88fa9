package dev.dialogue.agreement.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.agreement.domain.AuditChain.Entry;
import dev.dialogue.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit_entry table: an agreement's chain, written an entry at a time and read whole, in order. */
@ApplicationScoped
public class AuditEntries {

    private final EntityManager entityManager;

    AuditEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Entry entry) {
        entityManager.createNativeQuery("""
                insert into audit_entry (agreement_id, seq, at, actor, action, details, previous_hash, hash)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8)""")
                .setParameter(1, entry.agreementId()).setParameter(2, entry.seq()).setParameter(3, entry.at())
                .setParameter(4, entry.actor()).setParameter(5, entry.action()).setParameter(6, entry.details().toString())
                .setParameter(7, entry.previousHash()).setParameter(8, entry.hash())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> of(UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select seq, at, actor, action, details::text, previous_hash, hash from audit_entry
                where agreement_id = ?1 order by seq""").setParameter(1, agreementId).getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            entries.add(new Entry(agreementId, ((Number) row[0]).intValue(), time(row[1]), (String) row[2], (String) row[3],
                    json((String) row[4]), (String) row[5], (String) row[6]));
        }
        return entries;
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(Object value) {
        return value instanceof OffsetDateTime time ? time : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
