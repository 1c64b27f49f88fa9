package dev.dialogue.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One trace for one request across the services. Spans are made with the OpenTelemetry SDK; the
 * context travels over HTTP in the W3C {@code traceparent} header and over Kafka in each event's
 * CloudEvents {@code traceparent} extension, which the outbox row keeps from the span that wrote
 * it. With {@code dialogue.tracing.otlp-endpoint} set (DIALOGUE_TRACING_OTLP_ENDPOINT) the spans
 * are exported over OTLP/HTTP, with a client span for each statement a traced request or event runs
 * ({@link TracedPostgresDriver}); without it they are made and dropped, and the trace id still marks
 * every log line ({@link #TRACE_ID}) and every incident.
 */
@ApplicationScoped
public class Tracing {

    /** The log context key of the current trace id; the log format prints it. */
    public static final String TRACE_ID = "traceId";
    static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    /**
     * Statements run outside any request or event (the relay's polling, scheduled work) would each
     * be a trace of its own: a client span without a parent is not sampled.
     */
    private static final Sampler NO_STATEMENT_ROOTS = new Sampler() {
        @Override
        public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind, Attributes attributes,
                List<LinkData> links) {
            return kind == SpanKind.CLIENT ? SamplingResult.drop() : SamplingResult.recordAndSample();
        }

        @Override
        public String getDescription() {
            return "NoStatementRoots";
        }
    };

    private final SdkTracerProvider provider;
    private final Tracer tracer;

    Tracing(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "dialogue.tracing.otlp-endpoint") Optional<URI> endpoint) {
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), service))))
                .setSampler(Sampler.parentBased(NO_STATEMENT_ROOTS));
        endpoint.ifPresent(url -> builder.addSpanProcessor(BatchSpanProcessor.builder(new OtlpJsonSpanExporter(url))
                .setScheduleDelay(Duration.ofMillis(500)).build()));
        provider = builder.build();
        tracer = provider.get("dev.dialogue.platform");
        // A statement's span only matters where it is exported; unexported, it would cost every statement for nothing.
        TracedPostgresDriver.traceInto(endpoint.isPresent() ? provider : TracerProvider.noop());
    }

    /** A span begun as a child of the W3C {@code traceparent} given; a new trace's root when it is absent or invalid. */
    public Span start(String name, SpanKind kind, String traceparent) {
        Context parent = traceparent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY);
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
    }

    /** A span of work done for several traces at once: the root of a trace of its own, linked to each of their spans. */
    public Span startLinked(String name, SpanKind kind, List<Span> linked) {
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(kind).setNoParent();
        linked.forEach(span -> builder.addLink(span.getSpanContext()));
        return builder.startSpan();
    }

    /** The W3C {@code traceparent} of the span current on this thread, or null outside any. */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex() : null;
    }

    /** The id of the trace current on this thread, if any. */
    public static Optional<String> currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? Optional.of(span.getTraceId()) : Optional.empty();
    }

    /** Sends what is still buffered before the service stops. */
    @PreDestroy
    void flush() {
        TracedPostgresDriver.traceInto(TracerProvider.noop());
        provider.shutdown().join(5, TimeUnit.SECONDS);
    }
}
