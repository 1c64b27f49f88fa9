package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admitPartner;
import static dev.dialogue.system.RunningSystem.kafka;
import static dev.dialogue.system.RunningSystem.openForum;
import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Every topic a service consumes, fed every kind of malformed record: each lands on the topic's
 * dead-letter twin once per consuming service, with the reason, and each consumer commits past it
 * (it keeps up instead of stalling on the record).
 */
class MalformedRecordSweepTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A record just under the broker's limit of 1 MB. */
    private static final int HUGE = 900_000;

    /** One kind of malformed record, what the dead letter's reason must say, and how to make it for a topic. */
    record Malformation(String name, String reason, Function<Topic, ProducerRecord<String, byte[]>> record) {
    }

    private final String sweep = "sweep-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyMalformedRecordOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndTheConsumersMoveOn() throws Exception {
        stack();
        // Its topic space holds the sweep's partner records: the services read partners' topics only once admitted.
        openForum(sweep, "Malformed record sweep", List.of());
        admitPartner(sweep, "Malformed record sweep", sweep);
        List<Malformation> malformations = List.of(
                new Malformation("not JSON", "payload is not JSON", topic -> event(topic, typeOf(topic), utf8("not JSON {"))),
                new Malformation("invalid UTF-8", "payload is not JSON",
                        topic -> event(topic, typeOf(topic), new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}'})),
                new Malformation("empty value", "payload is empty", topic -> event(topic, typeOf(topic), new byte[0])),
                new Malformation("no value (a tombstone)", "record has no value", topic -> event(topic, typeOf(topic), null)),
                new Malformation("wrong schema", "property 'unexpected' is not defined in the schema",
                        topic -> event(topic, typeOf(topic), utf8("{\"unexpected\": true}"))),
                new Malformation("unknown type", "unknown event type",
                        topic -> event(topic, "dev.dialogue.no-such-thing.v1", utf8("{}"))),
                new Malformation("type of another topic", "does not belong on",
                        topic -> event(topic, typeOfAnother(topic), utf8("{}"))),
                new Malformation("no CloudEvents headers", "missing header ce_specversion",
                        topic -> new ProducerRecord<>(name(topic), sweep, utf8("{}"))),
                new Malformation("huge record", "property 'padding' is not defined in the schema",
                        topic -> event(topic, typeOf(topic), utf8("{\"padding\":\"" + "x".repeat(HUGE) + "\"}"))));
        List<Topic> consumed = Arrays.stream(Topic.values()).filter(topic -> !topic.consumers().isEmpty()).toList();

        List<Sent> sent = new ArrayList<>();
        Properties props = stack().infra().kafkaAdmin().properties();
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * HUGE);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Topic topic : consumed) {
                for (Malformation malformation : malformations) {
                    RecordMetadata metadata = producer.send(malformation.record().apply(topic)).get();
                    sent.add(new Sent(topic, malformation, metadata));
                }
            }
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (Topic topic : consumed) {
                Map<String, List<ConsumerRecord<String, byte[]>>> deadLetters = deadLettersByOrigin(topic);
                for (Sent record : sent.stream().filter(record -> record.topic() == topic).toList()) {
                    List<ConsumerRecord<String, byte[]>> letters = deadLetters.getOrDefault(record.origin(), List.of());
                    assertThat(letters.stream().map(letter -> header(letter, "dead-letter-consumer")).sorted().toList())
                            .as(record + ": consumers that dead-lettered it")
                            .isEqualTo(topic.consumers().stream().map(service -> service.displayName() + "/" + channel(topic))
                                    .sorted().toList());
                    assertThat(letters).as(record + ": reasons").allSatisfy(letter ->
                            assertThat(header(letter, "dead-letter-reason")).isNotBlank().contains(record.malformation().reason()));
                }
            }
        });
        assertConsumersCommittedPast(sent);
    }

    /** A record as sent, and the address the dead letter names it by. */
    record Sent(Topic topic, Malformation malformation, RecordMetadata metadata) {

        String origin() {
            return metadata.partition() + "@" + metadata.offset();
        }

        @Override
        public String toString() {
            return malformation.name() + " on " + topic.topicName();
        }
    }

    private Map<String, List<ConsumerRecord<String, byte[]>>> deadLettersByOrigin(Topic topic) {
        return kafka().readAll(topic.deadLetterTopic().orElseThrow()).stream()
                .filter(letter -> sweep.equals(letter.key()))
                .collect(Collectors.groupingBy(letter -> header(letter, "dead-letter-partition") + "@" + header(letter, "dead-letter-offset")));
    }

    /** Each consuming service's group has committed an offset beyond every swept record: it did not stall. */
    private static void assertConsumersCommittedPast(List<Sent> sent) {
        try (Admin admin = Admin.create(stack().infra().kafkaAdmin().clientConfig())) {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                for (Topic.Service service : List.of(Topic.Service.REGISTRATION, Topic.Service.MATCHMAKING, Topic.Service.AGREEMENT)) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(service.displayName())
                            .partitionsToOffsetAndMetadata().get();
                    for (Sent record : sent.stream().filter(record -> record.topic().consumers().contains(service)).toList()) {
                        OffsetAndMetadata offset = committed.get(new TopicPartition(record.metadata().topic(), record.metadata().partition()));
                        assertThat(offset).as(service.displayName() + " committed on " + record).isNotNull();
                        assertThat(offset.offset()).as(service.displayName() + " committed past " + record)
                                .isGreaterThan(record.metadata().offset());
                    }
                }
            });
        }
    }

    private ProducerRecord<String, byte[]> event(Topic topic, String type, byte[] value) {
        // Headers only: the value sent is the malformed one.
        URI source = topic.perPartner() ? Topic.partnerSource(sweep) : topic.publisher().source();
        CloudEvent event = CloudEvent.of(EventType.byTypeName(typeOf(topic)).orElseThrow(), source, sweep,
                OffsetDateTime.now(), new byte[0]);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : KafkaCloudEvents.headers(event)) {
            headers.add(header.key(), header.key().equals(KafkaCloudEvents.TYPE) ? type.getBytes(StandardCharsets.UTF_8) : header.value());
        }
        return new ProducerRecord<>(name(topic), null, sweep, value, headers);
    }

    /** The topic's name, in the sweep partner's space for a partner's topic. */
    private String name(Topic topic) {
        return topic.perPartner() ? topic.forPartner(sweep) : topic.topicName();
    }

    private static String typeOf(Topic topic) {
        return Arrays.stream(EventType.values()).filter(type -> type.topic() == topic).findFirst().orElseThrow().typeName();
    }

    private static String typeOfAnother(Topic topic) {
        return Arrays.stream(EventType.values()).filter(type -> type.topic() != topic).findFirst().orElseThrow().typeName();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The incoming channel's name in the service's configuration, as the dead letter names the consumer. */
    private static String channel(Topic topic) {
        return switch (topic) {
            case PARTNER_REGISTRATIONS -> "partner-registrations";
            case PARTNER_SIGNATURES -> "signatures";
            case FORUMS -> "forums";
            case MEETINGS -> "meetings";
            case PARTICIPANTS -> "participants";
            case PARTICIPANT_DETAILS -> "participant-details";
            default -> throw new IllegalArgumentException(topic + " is consumed by no service");
        };
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
