package dev.dialogue.platform.tracing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Spans as OTLP/HTTP with the JSON encoding (an ExportTraceServiceRequest posted to
 * {@code <endpoint>/v1/traces}), which every OpenTelemetry collector takes. Written here, on the
 * JDK's HTTP client, because OpenTelemetry's own OTLP exporter brings OkHttp and Kotlin with it.
 */
final class OtlpJsonSpanExporter implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(OtlpJsonSpanExporter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI traces;

    OtlpJsonSpanExporter(URI endpoint) {
        this.traces = URI.create(endpoint.toString().replaceAll("/+$", "") + "/v1/traces");
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        if (spans.isEmpty()) {
            return CompletableResultCode.ofSuccess();
        }
        CompletableResultCode result = new CompletableResultCode();
        HttpRequest request = HttpRequest.newBuilder(traces).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request(spans))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                result.succeed();
            } else {
                LOG.debugf("OTLP export to %s failed: %s", traces, failure == null ? "HTTP " + response.statusCode() : failure);
                result.fail();
            }
        });
        return result;
    }

    private static byte[] request(Collection<SpanData> spans) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode resourceSpans = body.putArray("resourceSpans").addObject();
        attributes(resourceSpans.putObject("resource").putArray("attributes"), spans.iterator().next().getResource().getAttributes());
        ArrayNode scopes = resourceSpans.putArray("scopeSpans");
        spans.stream()
                .collect(Collectors.groupingBy(span -> span.getInstrumentationScopeInfo().getName(), TreeMap::new, Collectors.toList()))
                .forEach((scope, ofScope) -> {
                    ObjectNode scopeSpans = scopes.addObject();
                    scopeSpans.putObject("scope").put("name", scope);
                    spans(scopeSpans.putArray("spans"), ofScope);
                });
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void spans(ArrayNode list, List<SpanData> spans) {
        for (SpanData span : spans) {
            ObjectNode json = list.addObject().put("traceId", span.getTraceId()).put("spanId", span.getSpanId())
                    .put("name", span.getName()).put("kind", span.getKind().ordinal() + 1)
                    .put("startTimeUnixNano", Long.toString(span.getStartEpochNanos()))
                    .put("endTimeUnixNano", Long.toString(span.getEndEpochNanos()));
            if (span.getParentSpanContext().isValid()) {
                json.put("parentSpanId", span.getParentSpanId());
            }
            attributes(json.putArray("attributes"), span.getAttributes());
            ArrayNode links = json.putArray("links");
            span.getLinks().forEach(link -> links.addObject()
                    .put("traceId", link.getSpanContext().getTraceId()).put("spanId", link.getSpanContext().getSpanId()));
            json.putObject("status").put("code", span.getStatus().getStatusCode() == StatusCode.ERROR ? 2
                    : span.getStatus().getStatusCode() == StatusCode.OK ? 1 : 0);
        }
    }

    private static void attributes(ArrayNode into, Attributes attributes) {
        attributes.forEach((key, value) -> {
            ObjectNode typed = into.addObject().put("key", key.getKey()).putObject("value");
            if (value instanceof Long number) {
                typed.put("intValue", Long.toString(number));
            } else if (value instanceof Boolean flag) {
                typed.put("boolValue", flag);
            } else if (value instanceof Double number) {
                typed.put("doubleValue", number);
            } else {
                typed.put("stringValue", String.valueOf(value));
            }
        });
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
