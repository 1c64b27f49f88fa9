package dev.dialogue.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialogue.events.Topic;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalInfraTest {

    private static LocalInfra infra;

    @BeforeAll
    static void start() {
        infra = LocalInfra.shared();
    }

    @Test
    void createsEveryCataloguedTopicWithItsDeadLetterTwin() throws Exception {
        try (Admin admin = Admin.create(infra.kafkaAdmin().clientConfig())) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).containsAll(Topic.platformTopicNames()).contains("forum.participants.v1.dlq", "partner.registrations.v1.dlq");
        }
    }

    @Test
    void eachServiceRoleOwnsItsSchemaAndCannotTouchAnother() throws SQLException {
        try (Connection registration = connect("registration"); Statement sql = registration.createStatement()) {
            sql.execute("create table probe (id int)");
            sql.execute("insert into probe values (1)");
        }
        try (Connection matchmaking = connect("matchmaking"); Statement sql = matchmaking.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("select * from registration.probe"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("create table public.probe (id int)"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void deadLettersAreKeptABoundedTimeAndTheForumTopicsAsLongAsTheBrokerKeepsAnything() throws Exception {
        try (Admin admin = Admin.create(infra.kafkaAdmin().clientConfig())) {
            assertThat(retentionMs(admin, "partner.registrations.v1.dlq")).isEqualTo(Topic.DEAD_LETTER_RETENTION.toMillis());
            assertThat(retentionMs(admin, "forum.participants.v1.dlq")).isEqualTo(Topic.DEAD_LETTER_RETENTION.toMillis());
            assertThat(retentionMs(admin, "forum.participants.v1")).as("the broker's default").isEqualTo(Duration.ofDays(7).toMillis());
        }
    }

    static long retentionMs(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return Long.parseLong(admin.describeConfigs(List.of(resource)).all().get().get(resource).get("retention.ms").value());
    }

    @Test
    void theBrokerComesBackOnTheSameAddressWithItsData() {
        String topic = "forum.agreements.v1";
        produce(topic, "before");
        infra.stopKafka();
        infra.startKafka();
        produce(topic, "after");

        assertThat(consumeAll(topic)).contains("before", "after");
    }

    @Test
    void postgresComesBackOnTheSameAddressWithItsDataAndRefusesConnectionsMeanwhile() throws SQLException {
        try (Connection agreement = connect("agreement"); Statement sql = agreement.createStatement()) {
            sql.execute("create table restart_probe (id int)");
            sql.execute("insert into restart_probe values (42)");
        }
        infra.stopPostgres();
        try {
            assertThatThrownBy(() -> connect("agreement").close()).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
        } finally {
            infra.startPostgres();
        }
        try (Connection agreement = connect("agreement"); Statement sql = agreement.createStatement();
                var rows = sql.executeQuery("select id from restart_probe")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void mintsTokensAndWritesTheVerificationKey() {
        assertThat(infra.tokens().mint("admin-1", "admin").split("\\.")).hasSize(3);
        assertThat(infra.serviceConfig("agreement"))
                .containsEntry("quarkus.datasource.username", "agreement")
                .containsKey("mp.jwt.verify.publickey.location")
                .containsEntry("mp.jwt.verify.audiences", DevTokens.AUDIENCE);
    }

    private Connection connect(String schema) throws SQLException {
        Map<String, String> config = infra.serviceConfig(schema);
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private void produce(String topic, String value) {
        Properties props = infra.kafkaAdmin().properties();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> consumeAll(String topic) {
        Properties props = infra.kafkaAdmin().properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "local-infra-test");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < 2 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
