package dev.dialogue.agreement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An agreement's tamper-evident trail. Each entry's hash is the SHA-256 of a canonical JSON text
 * of the entry (keys sorted, no spaces, time in UTC to the microsecond) that includes the previous
 * entry's hash; the first entry follows {@link #GENESIS}. Changing, removing or reordering any
 * stored entry breaks every hash from there on. Pure Java, so the offline verifier uses the very
 * same rules without the service.
 */
public final class AuditChain {

    /** What the first entry of every chain points back to. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    /** One entry as stored and exported. */
    public record Entry(UUID agreementId, int seq, OffsetDateTime at, String actor, String action, JsonNode details,
            String previousHash, String hash) {
    }

    /** The outcome of checking a chain: valid, or the first entry that is not what it claims. */
    public record Verdict(boolean valid, int entries, String head, Integer brokenAt, String problem) {

        static Verdict broken(int entries, int seq, String problem) {
            return new Verdict(false, entries, null, seq, problem);
        }
    }

    private AuditChain() {
    }

    /** Times are kept to the microsecond, as PostgreSQL stores them, so a stored entry hashes as it was written. */
    public static OffsetDateTime normalise(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The next entry of a chain whose last hash is {@code previousHash}. */
    public static Entry next(UUID agreementId, int seq, OffsetDateTime at, String actor, String action, JsonNode details,
            String previousHash) {
        OffsetDateTime time = normalise(at);
        return new Entry(agreementId, seq, time, actor, action, details, previousHash,
                hash(agreementId, seq, time, actor, action, details, previousHash));
    }

    public static String hash(UUID agreementId, int seq, OffsetDateTime at, String actor, String action, JsonNode details,
            String previousHash) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("agreementId", agreementId.toString());
        entry.put("seq", seq);
        entry.put("at", TIME.format(normalise(at)));
        entry.put("actor", actor);
        entry.put("action", action);
        entry.set("details", details);
        entry.put("previousHash", previousHash);
        return sha256(canonical(entry).getBytes(StandardCharsets.UTF_8));
    }

    /** Checks every link and every hash, in order. */
    public static Verdict verify(List<Entry> entries) {
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.seq() != i + 1) {
                return Verdict.broken(entries.size(), i + 1, "entry " + (i + 1) + " is missing or out of order");
            }
            if (!entry.previousHash().equals(previous)) {
                return Verdict.broken(entries.size(), entry.seq(), "does not follow the entry before it");
            }
            String recomputed = hash(entry.agreementId(), entry.seq(), entry.at(), entry.actor(), entry.action(),
                    entry.details(), entry.previousHash());
            if (!recomputed.equals(entry.hash())) {
                return Verdict.broken(entries.size(), entry.seq(), "its content does not match its hash");
            }
            previous = entry.hash();
        }
        return new Verdict(true, entries.size(), previous, null, null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON with object keys sorted at every level and no insignificant whitespace. */
    static String canonical(JsonNode node) {
        try {
            return JSON.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
