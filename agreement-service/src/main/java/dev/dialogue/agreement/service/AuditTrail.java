package dev.dialogue.agreement.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialogue.agreement.domain.AuditChain.Entry;
import dev.dialogue.agreement.domain.AuditChain;
import dev.dialogue.agreement.domain.DocumentVersion;
import dev.dialogue.agreement.persistence.AuditEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends to and reads each agreement's audit chain. Appends run under the agreement's row lock
 * (every caller holds it), so entries of one agreement are numbered without gaps or races.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    /** Adds the entry after the agreement's last and returns the new head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(UUID agreementId, String actor, String action, ObjectNode details) {
        List<Entry> chain = entries(agreementId);
        String previous = chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash();
        Entry entry = AuditChain.next(agreementId, chain.size() + 1, OffsetDateTime.now(ZoneOffset.UTC), actor, action, details,
                previous);
        entries.insert(entry);
        return entry.hash();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> entries(UUID agreementId) {
        return entries.of(agreementId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String head(UUID agreementId) {
        List<Entry> chain = entries(agreementId);
        return chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash();
    }

    /**
     * Recomputes the chain, and the hash of every stored document version against the hash the
     * chain recorded for it, so a document changed behind the service's back is caught too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Verification verify(UUID agreementId) {
        List<Entry> chain = entries(agreementId);
        AuditChain.Verdict verdict = AuditChain.verify(chain);
        List<String> documentProblems = new ArrayList<>();
        for (DocumentVersion document : DocumentVersion.<DocumentVersion>list("agreementId = ?1 order by language, version",
                agreementId)) {
            String recorded = chain.stream().filter(entry -> entry.action().equals("DOCUMENT_VERSION_ADDED")
                            && entry.details().path("language").asText().equals(document.language)
                            && entry.details().path("version").asInt() == document.version)
                    .map(entry -> entry.details().path("sha256").asText()).findFirst().orElse(null);
            String actual = AuditChain.sha256(document.content);
            if (!actual.equals(recorded) || !actual.equals(document.sha256)) {
                documentProblems.add(document.language + " version " + document.version + ": its bytes do not match the hash "
                        + "the audit chain recorded");
            }
        }
        return new Verification(verdict.valid() && documentProblems.isEmpty(), verdict.entries(), verdict.head(),
                verdict.brokenAt(), verdict.problem(), documentProblems);
    }
}
