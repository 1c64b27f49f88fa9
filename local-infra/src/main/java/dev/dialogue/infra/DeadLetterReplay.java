package dev.dialogue.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * back on the topic each was dead-lettered from ({@code dead-letter-topic}: for partners' topics,
 * which share one dead-letter topic per kind, the partner's own), else on {@code <topic>}, with
 * their key, value and CloudEvents headers and without the dead-letter ones. A consumer group remembers what was replayed, so a second run replays only
 * what was dead-lettered since; consumers are idempotent, so a record replayed twice has one effect.
 */
public final class DeadLetterReplay {

    static final String GROUP_PREFIX = "dialogue-dlq-replay-";
    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DeadLetterReplay <client.properties> <topic>   (replays <topic>.dlq onto <topic>;"
                    + " the properties name the broker and a principal that may read the one and write the other)");
            System.exit(2);
        }
        Properties client = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            client.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + args[0], e);
        }
        int replayed = replay(client, args[1]);
        System.out.println("Replayed " + replayed + " records from " + args[1] + ".dlq onto " + args[1] + ".");
    }

    /** Replays what the group has not replayed yet; returns how many records. */
    static int replay(Properties client, String topic) {
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(client, topic));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(client))) {
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
                    Header from = record.headers().lastHeader(DEAD_LETTER_HEADER_PREFIX + "topic");
                    String target = from == null ? topic : new String(from.value(), StandardCharsets.UTF_8);
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(target, record.key(), record.value());
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

    private static Properties consumerProperties(Properties client, String topic) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_PREFIX + topic);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, GROUP_PREFIX + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private static Properties producerProperties(Properties client) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}
