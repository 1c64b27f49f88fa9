package dev.dialogue.dashboard.messaging;

import dev.dialogue.dashboard.config.DashboardConfig;
import dev.dialogue.dashboard.domain.DashboardProjection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;
import org.jboss.logging.Logger;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every partition of every {@code forum.*} topic from the beginning, on one thread, with one
 * plain consumer, and feeds the projection; then keeps reading, for the live figures. No consumer
 * group and no committed offsets: the view is in memory and rebuilt from the log at every start, so
 * there is nothing to resume from. Ready once it has read up to the end offsets the topics had when
 * it started.
 *
 * <p>A record it cannot read is logged with its topic, partition, offset and the reason (never its
 * content) and counted ({@code dashboard.records.unreadable}); the dashboard writes nothing, so it
 * stays where it is in the log, read again at the next start, once the dashboard can read it (see
 * the README: why no dead-letter topic).
 */
@ApplicationScoped
public class ForumLogReader {

    private static final Logger LOG = Logger.getLogger(ForumLogReader.class);

    private final DashboardProjection projection;
    private final Map<String, Object> kafka;
    private final DashboardConfig config;
    private final Counter applied;
    private final Counter unreadable;
    private final ForumEventDecoder decoder = new ForumEventDecoder();
    private volatile KafkaConsumer<ByteBuffer, ByteBuffer> consumer;
    private volatile boolean stopping;
    private volatile Replay replay;
    private Thread thread;

    /**
     * How the replay at start went: the end offsets it had to reach, and when it did; of its time,
     * how long the reader waited in polls for the broker and how long the JVM spent collecting garbage.
     */
    public record Replay(Instant started, Map<TopicPartition, Long> endOffsets, long records, Instant caughtUpAt,
            Duration polling, Duration collecting) {

        public boolean caughtUp() {
            return caughtUpAt != null;
        }

        public long totalRecords() {
            return endOffsets.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    ForumLogReader(DashboardProjection projection, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            DashboardConfig config, MeterRegistry meters) {
        this.projection = projection;
        this.kafka = kafka;
        this.config = config;
        this.applied = meters.counter("dashboard.events.applied");
        this.unreadable = meters.counter("dashboard.records.unreadable");
    }

    void start(@Observes StartupEvent startup) {
        thread = new Thread(this::run, "forum-log-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        KafkaConsumer<ByteBuffer, ByteBuffer> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
        }
    }

    /** Null until the consumer has taken the end offsets to reach. */
    public Replay replay() {
        return replay;
    }

    private void run() {
        while (!stopping) {
            try (KafkaConsumer<ByteBuffer, ByteBuffer> reader = new KafkaConsumer<>(consumerConfig(), new ByteBufferDeserializer(),
                    new ByteBufferDeserializer())) {
                consumer = reader;
                read(reader);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                // Not the broker being away (the consumer waits that out itself): a login or an ACL refused.
                LOG.errorf("Reading the forum topics failed (%s); starting over in a second", e.getClass().getName());
                sleep();
            }
        }
    }

    private void read(KafkaConsumer<ByteBuffer, ByteBuffer> reader) {
        List<TopicPartition> partitions = ForumEventDecoder.topics().stream()
                .flatMap(topic -> reader.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        Instant started = Instant.now();
        Map<TopicPartition, Long> end = Map.copyOf(reader.endOffsets(partitions));
        Map<TopicPartition, Long> remaining = new HashMap<>(end);
        remaining.values().removeIf(offset -> offset == 0);
        long records = 0;
        long polling = 0;
        long collectedBefore = collectionMillis();
        if (replay == null || !replay.caughtUp()) {
            replay = new Replay(started, end, 0, remaining.isEmpty() ? Instant.now() : null, Duration.ZERO, Duration.ZERO);
        }
        while (!stopping) {
            long pollBegan = System.nanoTime();
            ConsumerRecords<ByteBuffer, ByteBuffer> polled = reader.poll(Duration.ofMillis(500));
            polling += System.nanoTime() - pollBegan;
            for (ConsumerRecord<ByteBuffer, ByteBuffer> record : polled) {
                take(record);
            }
            records += polled.count();
            if (!remaining.isEmpty()) {
                remaining.keySet().removeIf(partition -> reader.position(partition) >= remaining.get(partition));
                if (remaining.isEmpty() && !replay.caughtUp()) {
                    replay = new Replay(started, end, records, Instant.now(), Duration.ofNanos(polling),
                            Duration.ofMillis(collectionMillis() - collectedBefore));
                    LOG.infof("Replayed %d records of %s in %d ms (%d ms of it polling, %d ms collecting garbage)", records,
                            ForumEventDecoder.topics(), Duration.between(started, replay.caughtUpAt()).toMillis(),
                            replay.polling().toMillis(), replay.collecting().toMillis());
                }
            }
        }
    }

    private void take(ConsumerRecord<ByteBuffer, ByteBuffer> record) {
        try {
            decoder.decode(record).ifPresent(event -> {
                if (projection.apply(event)) {
                    applied.increment();
                }
            });
        } catch (ForumEventDecoder.UnreadableRecordException e) {
            unreadable.increment();
            LOG.warnf("Unreadable record %s-%d@%d not counted: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dashboard-service");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, config.maxPartitionFetchBytes());
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, config.fetchMaxBytes());
        settings.put(ConsumerConfig.CHECK_CRCS_CONFIG, false);
        return settings;
    }

    /** The JVM's time in garbage collections so far. */
    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
