package dev.dialogue.platform.tracing;

import static dev.dialogue.infra.OtlpReceiver.CONSUMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Samples;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.OtlpReceiver;
import dev.dialogue.infra.OtlpReceiver.ReceivedSpan;
import dev.dialogue.infra.OtlpReceiverTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumed events and the statements run for them, as exported over OTLP: each event is a span,
 * the child of the context its publisher sent; the handler's SQL statements are client spans under
 * the span that was current, the event's own or, for a poll of several, the poll's, which links to
 * each event's span; a statement outside any of them is no trace of its own.
 */
@QuarkusTest
class TracingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    @Test
    void eachEventOfAPollIsTracedAndTheInboxWriteIsUnderItsSpanOrThePollsThatLinksIt() {
        ParticipantRegistration registration = Samples.registration("深圳市机器人协会", "CN");
        List<Traced> events = List.of("Li Wei", "Wang Fang", "Zhang Min").stream()
                .map(name -> Traced.of(Samples.event(Samples.details(registration, name)))).toList();

        kafka().send(events.stream().map(event -> event.record("personal.participants.v1")).toList());

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ReceivedSpan> received = OtlpReceiverTestResource.receiver().spans();
            for (Traced event : events) {
                ReceivedSpan processing = received.stream()
                        .filter(span -> span.traceId().equals(event.traceId()) && span.kind() == CONSUMER).findFirst()
                        .orElseThrow(() -> new AssertionError("no consumer span in trace " + event.traceId()));
                assertThat(processing.name()).isEqualTo("process personal.participants.v1");
                assertThat(processing.parentSpanId()).isEqualTo(event.callerSpanId());
                assertThat(processing.attributes()).containsEntry("messaging.message.id", event.event().id().toString());
                List<String> currentForIt = received.stream()
                        .filter(span -> span.spanId().equals(processing.spanId()) || span.linkedSpanIds().contains(processing.spanId()))
                        .map(ReceivedSpan::spanId).toList();
                assertThat(received).as("the inbox write for %s", event.event().id())
                        .anyMatch(span -> span.isStatement() && currentForIt.contains(span.parentSpanId())
                                && span.statement().startsWith("insert into inbox_event "));
            }
        });
    }

    @Test
    void aStatementOutsideAnyRequestOrEventIsNoTraceOfItsOwn() {
        String marker = "untraced_" + OtlpReceiver.newSpanId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select 1 as " + marker).getSingleResult());
        Traced later = Traced.of(Samples.event(Samples.registration("深圳湾科技发展有限公司", "CN")));

        kafka().send(List.of(later.record("forum.participants.v1")));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OtlpReceiverTestResource.receiver().trace(later.traceId()))
                .anyMatch(span -> span.isStatement() && span.statement().startsWith("insert into inbox_event ")));
        assertThat(OtlpReceiverTestResource.receiver().spans()).as("spans of the statement run before the event")
                .noneMatch(span -> span.statement().contains(marker));
    }

    private KafkaProbe kafka() {
        return new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
    }


    /** An event sent as if by a publisher whose span is {@code callerSpanId} in trace {@code traceId}. */
    private record Traced(CloudEvent event, String traceId, String callerSpanId) {

        static Traced of(CloudEvent event) {
            return new Traced(event, OtlpReceiver.newTraceId(), OtlpReceiver.newSpanId());
        }

        ProducerRecord<String, byte[]> record(String topic) {
            ProducerRecord<String, byte[]> record = KafkaCloudEvents.toRecord(topic, event);
            record.headers().add(KafkaCloudEvents.TRACEPARENT,
                    ("00-" + traceId + "-" + callerSpanId + "-01").getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }
}
