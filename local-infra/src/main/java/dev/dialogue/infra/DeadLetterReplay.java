package dev.dialogue.infra;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./dialogue kafka replay-dlq <topic>}: after a fix, puts the records of {@code <topic>.dlq}
 * back on {@code <topic>}, with their key, value and CloudEvents headers and without the
 * dead-letter ones. A consumer group remembers what was replayed, so a second run replays only
 * what was dead-lettered since; consumers are idempotent, so a record replayed twice has one effect.
 */
public final class DeadLetterReplay {

    static final String GROUP_PREFIX = "dialogue-dlq-replay-";
    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DeadLetterReplay <bootstrap-servers> <topic>   (replays <topic>.dlq onto <topic>)");
            System.exit(2);
        }
        int replayed = replay(args[0], args[1]);
        System.out.println("Replayed " + replayed + " records from " + args[1] + ".dlq onto " + args[1] + ".");
    }

    /** Replays what the group has not replayed yet; returns how many records. */
    static int replay(String bootstrapServers, String topic) {
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers, topic));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(bootstrapServers))) {
            consumer.subscribe(List.of(topic + ".dlq"));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofSeconds(2));
                if (records.isEmpty()) {
                    emptyPolls++;
                    continue;
                }
                emptyPolls = 0;
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, record.key(), record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                            again.headers().add(header);
                        }
                    }
                    producer.send(again);
                    replayed++;
                }
                producer.flush();
                consumer.commitSync();
            }
        }
        return replayed;
    }

    private static Properties consumerProperties(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_PREFIX + topic);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, GROUP_PREFIX + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private static Properties producerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}
