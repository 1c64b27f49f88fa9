package dev.dialogue.agreement.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An agreement's audit chain as exported: what the offline verifier reads. {@code at} is UTC to
 * the microsecond, as it was hashed.
 */
public record AuditExport(UUID agreementId, String head, List<Entry> entries) {

    public record Entry(int seq, OffsetDateTime at, String actor, String action, JsonNode details, String previousHash,
            String hash) {
    }
}
