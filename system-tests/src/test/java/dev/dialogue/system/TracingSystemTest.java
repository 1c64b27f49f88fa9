package dev.dialogue.system;

import static dev.dialogue.infra.OtlpReceiver.CONSUMER;
import static dev.dialogue.infra.OtlpReceiver.PRODUCER;
import static dev.dialogue.infra.OtlpReceiver.SERVER;
import static dev.dialogue.system.RunningSystem.admitPartner;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.openForum;
import static dev.dialogue.system.RunningSystem.stack;
import static dev.dialogue.system.RunningSystem.traces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.OtlpReceiver;
import dev.dialogue.infra.OtlpReceiver.ReceivedSpan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One partner's registration is one trace: the request's span in registration-service, the relay's
 * send of its event, then, through forum.participants.v1, a consumer span in matchmaking-service and
 * one in agreement-service, each the child of the request's, and under each of them the SQL
 * statements it ran, all exported over OTLP to a receiver.
 */
class TracingSystemTest {

    @Test
    void aPartnersRegistrationIsOneTraceAcrossTheThreeServices() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String forumId = "trace-" + suffix;
        String partnerId = "tracer-" + suffix;
        openForum(forumId, "Dialogue for Development", List.of());
        admitPartner(partnerId, "Tracing partner " + suffix, forumId);
        String traceId = OtlpReceiver.newTraceId();
        String callerSpanId = OtlpReceiver.newSpanId();

        as(stack().infra().tokens().mint(partnerId, "partner"), DialogueService.REGISTRATION)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body(Map.of("fullName", "Участник " + suffix, "email", suffix + "@example.org",
                        "organisation", Map.of("name", Map.of("en", "Organisation " + suffix), "kind", "COMPANY", "country", "CN"),
                        "category", "COMPANY_REPRESENTATIVE",
                        "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", "2025-11-01T10:00:00Z")))
                .post("/api/forums/" + forumId + "/registrations").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ReceivedSpan> trace = traces().trace(traceId);
            ReceivedSpan request = trace.stream()
                    .filter(span -> span.service().equals("registration-service") && span.kind() == SERVER).findFirst()
                    .orElseThrow(() -> new AssertionError("no server span of registration-service in " + trace));
            assertThat(request.name()).isEqualTo("POST /api/forums/{forumId}/registrations");
            assertThat(request.parentSpanId()).isEqualTo(callerSpanId);
            assertThat(statementsUnder(request, trace)).as("registration-service's statements for the request")
                    .anyMatch(statement -> statement.startsWith("insert into registration "));
            assertThat(trace).as("the relay's send of the registration's event").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("registration-service");
                assertThat(span.kind()).isEqualTo(PRODUCER);
                assertThat(span.name()).isEqualTo("send forum.participants.v1");
                assertThat(span.parentSpanId()).isEqualTo(request.spanId());
            });
            for (String consumer : List.of("matchmaking-service", "agreement-service")) {
                ReceivedSpan processing = trace.stream()
                        .filter(span -> span.service().equals(consumer) && span.kind() == CONSUMER
                                && span.name().equals("process forum.participants.v1")).findFirst()
                        .orElseThrow(() -> new AssertionError("no span of " + consumer + " processing the event in " + trace));
                assertThat(processing.parentSpanId()).isEqualTo(request.spanId());
                assertThat(statementsUnder(processing, trace)).as("%s's statements for the event", consumer)
                        .anyMatch(statement -> statement.startsWith("insert into inbox_event "));
            }
        });
    }

    /** The SQL of the client spans that OpenTelemetry's JDBC instrumentation made as children of the span. */
    private static List<String> statementsUnder(ReceivedSpan parent, List<ReceivedSpan> trace) {
        return trace.stream()
                .filter(span -> span.isStatement() && span.service().equals(parent.service()) && span.parentSpanId().equals(parent.spanId()))
                .map(ReceivedSpan::statement)
                .toList();
    }
}
