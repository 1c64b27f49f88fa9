package dev.dialogue.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialogue.agreement.domain.AuditChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The offline verifier: proves an exported audit chain ({@code GET /api/agreements/{id}/audit})
 * and the documents' bytes without the service and without trusting it.
 *
 * <pre>./dialogue verify-agreement audit.json ru=agreement-ru.txt zh=agreement-zh.pdf</pre>
 *
 * Exit code 0 when the chain holds and every document given hashes to what was signed (or, before
 * execution, to its last recorded version); 1 otherwise.
 */
public final class VerifyAuditChain {

    /** What was checked, line by line, and whether all of it holds. */
    public record Report(boolean valid, List<String> lines) {
    }

    private VerifyAuditChain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: verify-agreement <audit.json> [ru|zh|en=<document file> ...]");
            System.exit(2);
        }
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            if (pair.length != 2) {
                System.err.println("a document is given as language=file, not " + args[i]);
                System.exit(2);
            }
            documents.put(pair[0], Files.readAllBytes(Path.of(pair[1])));
        }
        Report report = check(new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0]))), documents);
        report.lines().forEach(System.out::println);
        System.exit(report.valid() ? 0 : 1);
    }

    public static Report check(JsonNode export, Map<String, byte[]> documents) {
        UUID agreementId = UUID.fromString(export.path("agreementId").asText());
        List<AuditChain.Entry> entries = new ArrayList<>();
        for (JsonNode entry : export.path("entries")) {
            entries.add(new AuditChain.Entry(agreementId, entry.path("seq").asInt(), OffsetDateTime.parse(entry.path("at").asText()),
                    entry.path("actor").asText(), entry.path("action").asText(), entry.path("details"),
                    entry.path("previousHash").asText(), entry.path("hash").asText()));
        }
        List<String> lines = new ArrayList<>();
        AuditChain.Verdict verdict = AuditChain.verify(entries);
        boolean valid = verdict.valid();
        if (valid && !verdict.head().equals(export.path("head").asText())) {
            valid = false;
            lines.add("FAIL the export's head is not the hash of its last entry");
        }
        lines.add(verdict.valid() ? "OK   audit chain of agreement " + agreementId + ": " + verdict.entries() + " entries, head "
                + verdict.head() : "FAIL audit chain entry " + verdict.brokenAt() + ": " + verdict.problem());
        Map<String, String> bound = boundHashes(entries);
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            String actual = AuditChain.sha256(document.getValue());
            String expected = bound.get(document.getKey());
            if (actual.equals(expected)) {
                lines.add("OK   document " + document.getKey() + " has SHA-256 " + actual);
            } else {
                valid = false;
                lines.add("FAIL document " + document.getKey() + " has SHA-256 " + actual + "; the chain binds " + expected);
            }
        }
        return new Report(valid, lines);
    }

    /** The hashes the agreement was executed on; before execution, each language's last recorded version. */
    private static Map<String, String> boundHashes(List<AuditChain.Entry> entries) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (AuditChain.Entry entry : entries) {
            if (entry.action().equals("DOCUMENT_VERSION_ADDED")) {
                hashes.put(entry.details().path("language").asText(), entry.details().path("sha256").asText());
            }
            if (entry.action().equals("EXECUTED")) {
                hashes.clear();
                entry.details().path("documentHashes").properties().forEach(hash -> hashes.put(hash.getKey(), hash.getValue().asText()));
                return hashes;
            }
        }
        return hashes;
    }
}
