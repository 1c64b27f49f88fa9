package dev.dialogue.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialogue.agreement.domain.AuditChain.Entry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID agreement = UUID.randomUUID();

    @Test
    void aChainBuiltEntryByEntryVerifiesAndItsHeadIsTheLastHash() throws Exception {
        List<Entry> chain = chain();

        AuditChain.Verdict verdict = AuditChain.verify(chain);

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isEqualTo(3);
        assertThat(verdict.head()).isEqualTo(chain.get(2).hash()).hasSize(64);
        assertThat(chain.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void keyOrderAndTheTimesOffsetDoNotChangeAHash() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2025-11-20T16:05:00.123456789+08:00");
        String one = AuditChain.hash(agreement, 1, at, "admin:a", "DRAFTED", JSON.readTree("{\"a\":1,\"b\":{\"d\":2,\"c\":3}}"),
                AuditChain.GENESIS);
        String other = AuditChain.hash(agreement, 1, at.withOffsetSameInstant(java.time.ZoneOffset.UTC).minusNanos(789), "admin:a",
                "DRAFTED", JSON.readTree("{\"b\":{\"c\":3,\"d\":2},\"a\":1}"), AuditChain.GENESIS);
        assertThat(one).isEqualTo(other);
    }

    @Test
    void changingRemovingOrReorderingAnyEntryIsFoundAtThatEntry() throws Exception {
        List<Entry> changed = chain();
        Entry second = changed.get(1);
        changed.set(1, new Entry(second.agreementId(), second.seq(), second.at(), second.actor(), second.action(),
                JSON.readTree("{\"language\":\"ru\",\"sha256\":\"" + "f".repeat(64) + "\"}"), second.previousHash(), second.hash()));
        assertThat(AuditChain.verify(changed)).extracting(AuditChain.Verdict::valid, AuditChain.Verdict::brokenAt)
                .containsExactly(false, 2);

        List<Entry> removed = chain();
        removed.remove(1);
        assertThat(AuditChain.verify(removed).brokenAt()).isEqualTo(2);

        List<Entry> rehashed = chain();
        Entry first = rehashed.get(0);
        rehashed.set(0, AuditChain.next(first.agreementId(), 1, first.at(), "admin:mallory", first.action(), first.details(),
                AuditChain.GENESIS));
        assertThat(AuditChain.verify(rehashed).brokenAt()).as("a rehashed entry breaks the link of the next").isEqualTo(2);
    }

    private List<Entry> chain() throws Exception {
        List<Entry> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        String[][] steps = {{"admin:admin-1", "DRAFTED", "{\"parties\":2}"},
            {"admin:admin-1", "DOCUMENT_VERSION_ADDED", "{\"language\":\"ru\",\"sha256\":\"" + "a".repeat(64) + "\"}"},
            {"participant:" + UUID.randomUUID(), "SIGNED", "{\"documentHashes\":{\"ru\":\"" + "a".repeat(64) + "\"}}"}};
        for (int i = 0; i < steps.length; i++) {
            JsonNode details = JSON.readTree(steps[i][2]);
            Entry entry = AuditChain.next(agreement, i + 1, OffsetDateTime.parse("2025-11-20T16:00:00+08:00").plusMinutes(i),
                    steps[i][0], steps[i][1], details, previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }
}
