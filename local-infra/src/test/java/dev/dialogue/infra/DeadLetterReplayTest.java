package dev.dialogue.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
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
}
