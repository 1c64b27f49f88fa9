package dev.dialogue.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterReplayTest {

    @Test
    void putsDeadLettersBackOnTheirTopicWithoutTheDeadLetterHeadersAndOnlyOnce() {
        LocalInfra infra = LocalInfra.shared();
        KafkaProbe kafka = new KafkaProbe(infra.kafkaAdmin());
        String topic = "forum.meetings.v1";
        String key = "replay-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(topic + ".dlq", key, "{}".getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add("ce_id", key.getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add("dead-letter-reason", "schema violation".getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add("dead-letter-consumer", "agreement-service".getBytes(StandardCharsets.UTF_8));
        kafka.send(deadLetter);

        assertThat(DeadLetterReplay.replay(infra.kafkaAdmin().properties(), topic)).isGreaterThanOrEqualTo(1);

        ConsumerRecord<String, byte[]> replayed = kafka.await(topic, record -> key.equals(record.key()), Duration.ofSeconds(30));
        assertThat(new String(replayed.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)).isEqualTo(key);
        assertThat(replayed.headers().lastHeader("dead-letter-reason")).isNull();
        assertThat(replayed.headers().lastHeader("dead-letter-consumer")).isNull();
        assertThat(DeadLetterReplay.replay(infra.kafkaAdmin().properties(), topic)).isZero();
    }

    @Test
    void putsAPartnersDeadLetterBackOnThatPartnersTopic() throws Exception {
        LocalInfra infra = LocalInfra.shared();
        KafkaProbe kafka = new KafkaProbe(infra.kafkaAdmin());
        String partnerTopic = Topic.PARTNER_REGISTRATIONS.forPartner("replay-" + UUID.randomUUID().toString().substring(0, 8));
        try (Admin admin = Admin.create(infra.kafkaAdmin().clientConfig())) {
            admin.createTopics(List.of(new NewTopic(partnerTopic, 1, (short) 1))).all().get();
        }
        String key = "replay-" + UUID.randomUUID();
        String deadLetters = Topic.PARTNER_REGISTRATIONS.deadLetterTopic().orElseThrow();
        ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(deadLetters, key, "{}".getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add("dead-letter-topic", partnerTopic.getBytes(StandardCharsets.UTF_8));
        kafka.send(deadLetter);

        assertThat(DeadLetterReplay.replay(infra.kafkaAdmin().properties(), "partner.registrations.v1")).isGreaterThanOrEqualTo(1);

        assertThat(kafka.await(partnerTopic, record -> key.equals(record.key()), Duration.ofSeconds(30))).isNotNull();
    }
}
