package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admitPartner;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.openForum;
import static dev.dialogue.system.RunningSystem.stack;
import static dev.dialogue.system.RunningSystem.traces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.infra.DialogueService;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One partner's registration is one trace: the request's span in registration-service, then,
 * through the outbox and forum.participants.v1, a consumer span in matchmaking-service and one in
 * agreement-service, each the child of the request's, all exported over OTLP to a receiver.
 */
class TracingSystemTest {

    private static final int SERVER = 2;
    private static final int CONSUMER = 5;

    @Test
    void aPartnersRegistrationIsOneTraceAcrossTheThreeServices() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String forumId = "trace-" + suffix;
        String partnerId = "tracer-" + suffix;
        openForum(forumId, "Dialogue for Development", List.of());
        admitPartner(partnerId, "Tracing partner " + suffix, forumId);
        String traceId = hex(16);
        String callerSpanId = hex(8);

        as(stack().infra().tokens().mint(partnerId, "partner"), DialogueService.REGISTRATION)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body(Map.of("fullName", "Участник " + suffix, "email", suffix + "@example.org",
                        "organisation", Map.of("name", Map.of("en", "Organisation " + suffix), "kind", "COMPANY", "country", "CN"),
                        "category", "COMPANY_REPRESENTATIVE",
                        "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", "2025-11-01T10:00:00Z")))
                .post("/api/forums/" + forumId + "/registrations").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<OtlpReceiver.ReceivedSpan> trace = traces().trace(traceId);
            OtlpReceiver.ReceivedSpan request = trace.stream()
                    .filter(span -> span.service().equals("registration-service") && span.kind() == SERVER).findFirst()
                    .orElseThrow(() -> new AssertionError("no server span of registration-service in " + trace));
            assertThat(request.name()).isEqualTo("POST /api/forums/{forumId}/registrations");
            assertThat(request.parentSpanId()).isEqualTo(callerSpanId);
            for (String consumer : List.of("matchmaking-service", "agreement-service")) {
                assertThat(trace).as("%s's span of the registration event", consumer)
                        .anySatisfy(span -> {
                            assertThat(span.service()).isEqualTo(consumer);
                            assertThat(span.kind()).isEqualTo(CONSUMER);
                            assertThat(span.name()).isEqualTo("process forum.participants.v1");
                            assertThat(span.parentSpanId()).isEqualTo(request.spanId());
                        });
            }
        });
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
