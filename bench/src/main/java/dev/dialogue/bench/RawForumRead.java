package dev.dialogue.bench;

import dev.dialogue.events.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Scenario 8's baseline, the dashboard's read without the dashboard: every partition of the
 * {@code forum.*} topics from the beginning to the end offsets it finds, with the dashboard's fetch
 * settings and deserializers (DashboardConfig's defaults, as ForumLogReader sets them), the records counted and
 * nothing else done with them. Run in the bench's JVM, warm, or by {@link #main} in a JVM of its
 * own started with the services' flags, as cold as the dashboard's at its start.
 */
final class RawForumRead {

    /**
     * @param totalNanos from creating the consumer: its login and metadata too
     * @param readNanos from having the end offsets, as the dashboard times its replay
     */
    record Result(long records, long totalNanos, long readNanos) {

        static Result parse(String line) {
            String[] fields = line.trim().split(" ");
            return new Result(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]));
        }

        String line() {
            return records + " " + totalNanos + " " + readNanos;
        }
    }

    private RawForumRead() {
    }

    /** @param client the broker's address and the principal's login */
    static Result read(Properties client) {
        long began = System.nanoTime();
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 50 * 1024 * 1024);
        props.put(ConsumerConfig.CHECK_CRCS_CONFIG, false);
        try (KafkaConsumer<ByteBuffer, ByteBuffer> consumer = new KafkaConsumer<>(props, new ByteBufferDeserializer(), new ByteBufferDeserializer())) {
            List<TopicPartition> partitions = forumTopics().stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> remaining = new LinkedHashMap<>(consumer.endOffsets(partitions));
            long reading = System.nanoTime();
            remaining.values().removeIf(offset -> offset == 0);
            long records = 0;
            while (!remaining.isEmpty()) {
                records += consumer.poll(Duration.ofMillis(500)).count();
                remaining.keySet().removeIf(partition -> consumer.position(partition) >= remaining.get(partition));
            }
            long done = System.nanoTime();
            return new Result(records, done - began, done - reading);
        }
    }

    /** Every forum.* topic of the catalogue: what the dashboard reads. */
    static List<String> forumTopics() {
        return Stream.of(Topic.values()).map(Topic::topicName).filter(name -> name.startsWith("forum.")).toList();
    }

    /** Reads once, with the client settings of the properties file named by the argument, and prints the {@link Result}. */
    public static void main(String[] args) throws IOException {
        Properties client = new Properties();
        try (Reader file = Files.newBufferedReader(Path.of(args[0]))) {
            client.load(file);
        }
        System.out.println(read(client).line());
    }
}
