package dev.dialogue.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An OTLP/HTTP receiver in the tests' JVM, where a collector would be: it keeps every span the
 * services export ({@code POST /v1/traces}, the JSON encoding) with the service that sent it.
 */
public final class OtlpReceiver {

    /** OTLP's span kinds. */
    public static final int SERVER = 2;
    public static final int CLIENT = 3;
    public static final int PRODUCER = 4;
    public static final int CONSUMER = 5;

    /**
     * A span as received: its service (the resource's service.name), instrumentation scope, ids,
     * name, OTLP kind, attributes as text and the ids of the spans it links to.
     */
    public record ReceivedSpan(String service, String scope, String traceId, String spanId, String parentSpanId, String name,
            int kind, Map<String, String> attributes, List<String> linkedSpanIds) {

        /** Whether OpenTelemetry's JDBC instrumentation made it for an SQL statement. */
        public boolean isStatement() {
            return scope.equals("io.opentelemetry.jdbc") && kind == CLIENT;
        }

        /** The statement's SQL, its literals replaced by {@code ?}. */
        public String statement() {
            return attributes.getOrDefault("db.statement", "").strip();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpReceiver start() {
        try {
            OtlpReceiver receiver = new OtlpReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            receiver.server.createContext("/v1/traces", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    receiver.keep(JSON.readTree(body));
                    byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                } catch (IOException | RuntimeException e) {
                    exchange.sendResponseHeaders(400, -1);
                } finally {
                    exchange.close();
                }
            });
            receiver.server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random trace id, as a caller that starts a trace makes one: 16 bytes in hex. */
    public static String newTraceId() {
        return randomHex(16);
    }

    /** A random span id: 8 bytes in hex. */
    public static String newSpanId() {
        return randomHex(8);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Where the services export to: DIALOGUE_TRACING_OTLP_ENDPOINT. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The spans received so far of one trace. */
    public List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** Every span received so far. */
    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public void stop() {
        server.stop(0);
    }

    private void keep(JsonNode request) {
        for (JsonNode resourceSpans : request.path("resourceSpans")) {
            String service = "";
            for (JsonNode attribute : resourceSpans.path("resource").path("attributes")) {
                if (attribute.path("key").asText().equals("service.name")) {
                    service = attribute.path("value").path("stringValue").asText();
                }
            }
            for (JsonNode scopeSpans : resourceSpans.path("scopeSpans")) {
                String scope = scopeSpans.path("scope").path("name").asText();
                for (JsonNode span : scopeSpans.path("spans")) {
                    Map<String, String> attributes = new HashMap<>();
                    for (JsonNode attribute : span.path("attributes")) {
                        attributes.put(attribute.path("key").asText(), attribute.path("value").elements().next().asText());
                    }
                    List<String> links = new ArrayList<>();
                    span.path("links").forEach(link -> links.add(link.path("spanId").asText()));
                    spans.add(new ReceivedSpan(service, scope, span.path("traceId").asText(), span.path("spanId").asText(),
                            span.path("parentSpanId").asText(""), span.path("name").asText(), span.path("kind").asInt(), attributes,
                            links));
                }
            }
        }
    }
}
