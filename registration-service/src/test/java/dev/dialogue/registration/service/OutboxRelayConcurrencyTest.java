package dev.dialogue.registration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Samples;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.platform.messaging.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Relays racing on one schema, as two instances of a service would: each event is sent once, in order. */
@QuarkusTest
class OutboxRelayConcurrencyTest {

    private static final int EVENTS = 300;

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void racingRelaysSendEveryEventExactlyOnceInOrderPerAggregate() throws Exception {
        List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < EVENTS; i++) {
                UUID aggregate = aggregates.get(i % aggregates.size());
                outbox.publish(EventType.PARTICIPANT_REGISTERED, aggregate.toString(), registration(aggregate, i));
            }
        });

        ExecutorService racers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> relays = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                relays.add(() -> {
                    int sent = 0;
                    for (int round = 0; round < 20; round++) {
                        sent += relay.relayBatch();
                    }
                    return sent;
                });
            }
            racers.invokeAll(relays);
        } finally {
            racers.shutdown();
        }

        Set<String> keys = aggregates.stream().map(UUID::toString).collect(Collectors.toSet());
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        List<ConsumerRecord<String, byte[]>> ours = await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka.readAll("forum.participants.v1").stream().filter(r -> keys.contains(r.key())).toList(),
                records -> records.size() >= EVENTS);

        Map<UUID, Long> copiesPerEvent = ours.stream().collect(Collectors.groupingBy(
                r -> KafkaCloudEvents.fromRecord(r.headers(), r.value()).id(), Collectors.counting()));
        assertThat(copiesPerEvent).hasSize(EVENTS).allSatisfy((id, copies) -> assertThat(copies).isEqualTo(1));

        Map<String, List<Integer>> sequencePerAggregate = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : ours) {
            CloudEvent event = KafkaCloudEvents.fromRecord(record.headers(), record.value());
            long version = EventJson.fromBytes(event.data(), ParticipantRegistration.class).version();
            sequencePerAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>()).add((int) version);
        }
        assertThat(sequencePerAggregate.values()).allSatisfy(sequence -> assertThat(sequence).isSorted());
    }

    private static ParticipantRegistration registration(UUID id, int sequence) {
        ParticipantRegistration sample = Samples.registration("上海市青年创业就业基金会", "CN");
        return new ParticipantRegistration(id, sample.forumId(), sample.status(), sample.organisation(), sample.category(),
                sample.languages(), sample.sectors(), sample.offers(), sample.seeks(), sample.sessions(), sample.consent(),
                sample.registeredAt(), sequence);
    }
}
