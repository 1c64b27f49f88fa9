package dev.dialogue.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Relays racing on one schema, as those of two instances of a service would: each event is marked
 * sent by one of them, sent once, and in order per aggregate. The application's own relay thread is
 * off in these tests, so the racing relays are the only senders.
 */
@QuarkusTest
class OutboxRelayConcurrencyTest {

    private static final int EVENTS = 300;
    private static final int RELAYS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void racingRelaysSendEveryEventExactlyOnceInOrderPerAggregate() throws Exception {
        // What other tests left unsent goes first, so that the racing relays report only these events.
        await().atMost(PATIENCE).until(() -> relay.relayBatch() == 0);
        List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < EVENTS; i++) {
                UUID aggregate = aggregates.get(i % aggregates.size());
                outbox.publish(EventType.MEETING_REQUESTED, aggregate.toString(), Meetings.requested(aggregate, i));
            }
        });

        AtomicInteger sentByAll = new AtomicInteger();
        Instant giveUp = Instant.now().plus(PATIENCE);
        // A relay that finds another holding the lock sends nothing and tries again, until all are out.
        Callable<Integer> racingRelay = () -> {
            int sent = 0;
            while (sentByAll.get() < EVENTS && Instant.now().isBefore(giveUp)) {
                int batch = relay.relayBatch();
                sent += batch;
                sentByAll.addAndGet(batch);
            }
            return sent;
        };
        ExecutorService racers = Executors.newFixedThreadPool(RELAYS);
        List<Future<Integer>> racing;
        try {
            racing = racers.invokeAll(Collections.nCopies(RELAYS, racingRelay));
        } finally {
            racers.shutdown();
        }
        int sentInTotal = 0;
        for (Future<Integer> racer : racing) {
            assertThat(racer).as("a racing relay").succeedsWithin(PATIENCE);
            sentInTotal += racer.get();
        }
        assertThat(sentInTotal).as("events the racing relays marked sent").isEqualTo(EVENTS);

        Set<String> keys = aggregates.stream().map(UUID::toString).collect(Collectors.toSet());
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        List<ConsumerRecord<String, byte[]>> ours = await().atMost(PATIENCE).until(
                () -> kafka.readAll(EventType.MEETING_REQUESTED.topic().topicName()).stream()
                        .filter(r -> keys.contains(r.key())).toList(),
                records -> records.size() >= EVENTS);

        Map<UUID, Long> copiesPerEvent = ours.stream().collect(Collectors.groupingBy(
                r -> KafkaCloudEvents.fromRecord(r.headers(), r.value()).id(), Collectors.counting()));
        assertThat(copiesPerEvent).hasSize(EVENTS).allSatisfy((id, copies) -> assertThat(copies).isEqualTo(1));

        Map<String, List<Long>> versionsPerAggregate = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : ours) {
            CloudEvent event = KafkaCloudEvents.fromRecord(record.headers(), record.value());
            long version = EventJson.fromBytes(event.data(), Meeting.class).version();
            versionsPerAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(version);
        }
        assertThat(versionsPerAggregate.values()).allSatisfy(versions -> assertThat(versions).isSorted());
    }
}
