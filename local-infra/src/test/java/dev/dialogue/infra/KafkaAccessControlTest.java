package dev.dialogue.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialogue.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The broker refuses whoever has not logged in, and lets each principal do only what its ACLs allow. */
class KafkaAccessControlTest {

    private static final String PARTICIPANTS = Topic.PARTICIPANTS.topicName();
    private static final String MEETINGS = Topic.MEETINGS.topicName();
    private static final String PARTNER_DEAD_LETTERS = Topic.PARTNER_REGISTRATIONS.deadLetterTopic().orElseThrow();
    private static final String REGISTRATION = Topic.Service.REGISTRATION.displayName();

    private static LocalInfra infra;

    @BeforeAll
    static void start() {
        infra = LocalInfra.shared();
    }

    @Test
    void aClientWithoutCredentialsCannotProduceOrConsume() {
        Map<String, Object> anonymous = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        String key = "anonymous-" + UUID.randomUUID();

        // The listener speaks SASL only: a client that does not never gets as far as the topic's metadata.
        assertThatThrownBy(() -> produce(anonymous, PARTICIPANTS, key)).hasRootCauseInstanceOf(TimeoutException.class);
        assertThatThrownBy(() -> read(anonymous, PARTICIPANTS)).isInstanceOf(TimeoutException.class);
        assertThat(new KafkaProbe(infra.kafkaAdmin()).readAll(PARTICIPANTS)).noneMatch(record -> key.equals(record.key()));
    }

    @Test
    void aClientWithAWrongPasswordFailsToAuthenticate() {
        Map<String, Object> wrong = infra.kafka(REGISTRATION).as(REGISTRATION, "not-the-password").clientConfig();
        String key = "wrong-password-" + UUID.randomUUID();

        assertThatThrownBy(() -> produce(wrong, PARTICIPANTS, key)).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        assertThatThrownBy(() -> read(wrong, PARTICIPANTS)).isInstanceOf(SaslAuthenticationException.class);
        assertThat(new KafkaProbe(infra.kafkaAdmin()).readAll(PARTICIPANTS)).noneMatch(record -> key.equals(record.key()));
    }

    @Test
    void aServiceWritesItsOwnTopicsAndNoOtherServicesTopic() throws Exception {
        Map<String, Object> registration = infra.kafka(REGISTRATION).clientConfig();

        produce(registration, PARTICIPANTS, "own-" + UUID.randomUUID());
        assertThatThrownBy(() -> produce(registration, MEETINGS, "forged-" + UUID.randomUUID()))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> produce(infra.kafka(Topic.Service.MATCHMAKING.displayName()).clientConfig(), PARTICIPANTS,
                "forged-" + UUID.randomUUID())).hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceConsumesOnlyInItsOwnGroup() {
        Properties props = props(infra.kafka(Topic.Service.MATCHMAKING.displayName()).clientConfig());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, Topic.Service.AGREEMENT.displayName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(PARTICIPANTS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void theDashboardReadsForumTopicsOnlyAndWritesNothing() {
        Map<String, Object> dashboard = infra.kafka(KafkaAccessControl.DASHBOARD).clientConfig();
        String key = "by-the-admin-" + UUID.randomUUID();
        new KafkaProbe(infra.kafkaAdmin()).send(new ProducerRecord<>(PARTICIPANTS, key, "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(read(dashboard, PARTICIPANTS)).contains(key);
        assertThatThrownBy(() -> read(dashboard, PARTNER_DEAD_LETTERS)).isInstanceOf(TopicAuthorizationException.class);
        // Allowed to write no topic at all, it is refused a producer id before it names one.
        for (String topic : List.of(PARTICIPANTS, Topic.AGREEMENTS.topicName(), PARTNER_DEAD_LETTERS)) {
            assertThatThrownBy(() -> produce(dashboard, topic, "forged-" + UUID.randomUUID()))
                    .rootCause().isInstanceOf(AuthorizationException.class);
        }
    }

    private static void produce(Map<String, Object> client, String topic, String key) throws ExecutionException, InterruptedException {
        Properties props = props(client);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    /** The keys on the topic, read from the beginning without a consumer group. */
    private static List<String> read(Map<String, Object> client, String topic) {
        Properties props = props(client);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of(0, 1, 2).stream().map(partition -> new TopicPartition(topic, partition)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> keys = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
            }
            return keys;
        }
    }

    private static Properties props(Map<String, Object> client) {
        Properties props = new Properties();
        props.putAll(client);
        return props;
    }
}
