package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;

import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.ServiceStack;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 3: an admin approves people over REST at a fixed rate (the target's 100 a second, and
 * one the system absorbs); each approval is timed from the
 * moment it was due until the person is (a) in matchmaking's profiles, which every recommendations
 * query reads up to (the index catches up with the table on each query), and (b) an accredited,
 * hence eligible, signatory in agreement-service. Each is timed by the commit of the row that makes
 * it so, as PostgreSQL recorded it ({@code track_commit_timestamp}), read by watchers that poll the
 * two tables. Baseline in the same run: raw Kafka produce→consume latency of records sent at the
 * same rate through the same broker.
 */
final class EndToEndLatencyScenario {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 1_000;
    /** How many pending people one run approves. */
    static final int PEOPLE = WARM_UP + MEASURED;
    private static final String LATENCY_TOPIC = "bench.latency";
    /**
     * How often the watchers look. The commit timestamps make the times exact whatever the rate,
     * so it is slow enough to leave the cores to what is measured: polls every 2 ms, timed when
     * they saw a row, had cost the bench's own process about 1.5 ms of CPU per approval.
     */
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(20);

    private final ServiceStack stack;
    private final StackAccess access;
    private final KafkaAccess kafka;
    private final LoadClient load;
    /**
     * The threads that send the approvals, kept from the warm-up to the measured run with their
     * connections: a new thread opens a new connection, a cost of the bench's, not of the system.
     */
    private final ExecutorService senders = Executors.newCachedThreadPool();

    private final int rate;

    EndToEndLatencyScenario(ServiceStack stack, StackAccess access, int rate) {
        this.stack = stack;
        this.access = access;
        this.kafka = stack.infra().kafkaAdmin();
        this.rate = rate;
        this.load = access.client(DialogueService.REGISTRATION);
    }

    /** @param pending people registered and waiting for approval (scenario 2's) */
    Map<String, Object> run(List<UUID> pending) throws Exception {
        try (load) {
            return measure(pending);
        } finally {
            senders.shutdown();
        }
    }

    private Map<String, Object> measure(List<UUID> pending) throws Exception {
        if (pending.size() < PEOPLE) {
            throw new IllegalStateException("scenario 3 needs " + PEOPLE + " pending people, has " + pending.size());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        access.awaitQuiet(Duration.ofMinutes(10));
        long[] kafka = rawKafkaLatencies(this.kafka, rate, WARM_UP, MEASURED);
        approve(pending.subList(0, WARM_UP));
        access.awaitQuiet(Duration.ofMinutes(10));
        CpuUse before = CpuUse.of(stack);
        Observed service = approve(pending.subList(WARM_UP, WARM_UP + MEASURED));
        access.awaitQuiet(Duration.ofMinutes(10));
        Map<String, Double> cpu = before.perOperationUntil(CpuUse.of(stack), MEASURED);
        long[] recommendable = service.latencies(service.recommendable());
        long[] signatory = service.latencies(service.signatory());
        result.put("approvals", MEASURED + " at " + rate + "/s");
        result.put("toRecommendableP50Ms", millis(percentile(recommendable, 50)));
        result.put("toRecommendableP99Ms", millis(percentile(recommendable, 99)));
        result.put("toSignatoryP50Ms", millis(percentile(signatory, 50)));
        result.put("toSignatoryP99Ms", millis(percentile(signatory, 99)));
        result.put("baselineKafkaP50Ms", millis(percentile(kafka, 50)));
        result.put("baselineKafkaP99Ms", millis(percentile(kafka, 99)));
        result.put("CPU ms per approval, by process (until every consumer is done)", cpu);
        result.put("chart: latency distribution", Charts.line("end-to-end-latency-" + rate, "From approval to visible, at " + rate + " approvals/s",
                "milliseconds", "% at or below", List.of(new Charts.Series("recommendable (matchmaking)", Charts.distribution(recommendable)),
                        new Charts.Series("eligible signatory (agreement)", Charts.distribution(signatory)),
                        new Charts.Series("raw Kafka produce→consume (baseline)", Charts.distribution(kafka)))));
        result.put("chart: latency over the run", Charts.line("end-to-end-latency-" + rate + "-over-time",
                "Each approval's latency by when it fell due, at " + rate + "/s", "seconds into the run", "milliseconds",
                List.of(new Charts.Series("recommendable (matchmaking)", service.overTime(service.recommendable())),
                        new Charts.Series("eligible signatory (agreement)", service.overTime(service.signatory())))));
        result.put("targets", "p50 under 30 ms, p99 under 150 ms");
        return result;
    }

    /**
     * When each approval fell due and when each watched effect was committed, in nanoseconds since
     * the epoch (the commit timestamps' clock).
     */
    private record Observed(Map<UUID, Long> due, Map<UUID, Long> recommendable, Map<UUID, Long> signatory) {

        long[] latencies(Map<UUID, Long> seen) {
            return seen.entrySet().stream().mapToLong(entry -> entry.getValue() - due.get(entry.getKey())).toArray();
        }

        /** (seconds since the first approval fell due, milliseconds from due to seen), in the order they fell due. */
        List<double[]> overTime(Map<UUID, Long> seen) {
            long first = due.values().stream().mapToLong(Long::longValue).min().orElse(0);
            return due.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(entry -> new double[] {(entry.getValue() - first) / 1e9, (seen.get(entry.getKey()) - entry.getValue()) / 1e6})
                    .toList();
        }
    }

    /** Approves the people at the fixed rate and watches for the effects of each. */
    private Observed approve(List<UUID> people) throws Exception {
        // When each approval falls due, in nanoseconds since the epoch, the commit timestamps' clock.
        Map<UUID, Long> due = new ConcurrentHashMap<>();
        ExecutorService watchers = Executors.newFixedThreadPool(2);
        // Connected before the first approval falls due, so that the clock does not include their start.
        try (Connection matchmaking = access.connect(DialogueService.MATCHMAKING);
                Connection agreement = access.connect(DialogueService.AGREEMENT)) {
            Future<Map<UUID, Long>> recommendable = watchers.submit(() -> watch(DialogueService.MATCHMAKING, matchmaking,
                    "select participant_id, pg_xact_commit_timestamp(xmin) from profile where participant_id = any(?)", people, due));
            Future<Map<UUID, Long>> signatory = watchers.submit(() -> watch(DialogueService.AGREEMENT, agreement, """
                    select participant_id, pg_xact_commit_timestamp(xmin) from participant
                    where status = 'APPROVED' and participant_id = any(?)""", people, due));
            sendAtRate(people, due);
            return new Observed(due, recommendable.get(), signatory.get());
        } finally {
            watchers.shutdown();
        }
    }

    /** Sends each person's approval when it falls due, recording when that was; returns when all are answered. */
    private void sendAtRate(List<UUID> people, Map<UUID, Long> due) throws InterruptedException {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        long beganWall = epochNanos(Instant.now());
        long began = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < people.size(); i++) {
            long at = began + i * interval;
            Timings.sleepUntil(at);
            UUID person = people.get(i);
            due.put(person, beganWall + (at - began));
            calls.add(CompletableFuture.runAsync(() -> approveOne(person), senders));
        }
        calls.forEach(CompletableFuture::join);
    }

    private void approveOne(UUID person) {
        StackAccess.expect(200, load.post("/api/registrations/" + person + "/approve", Map.of()));
    }

    /**
     * Polls the service's table for the people not seen yet, until all are; returns when the row
     * that shows each was committed, in nanoseconds since the epoch.
     */
    private Map<UUID, Long> watch(DialogueService service, Connection db, String sql, List<UUID> people, Map<UUID, Long> due) throws Exception {
        Map<UUID, Long> seen = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int firstUnseen = 0;
        try (PreparedStatement query = db.prepareStatement(sql)) {
            while (seen.size() < people.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.moduleName() + " saw " + seen.size() + " of " + people.size());
                }
                // People fall due in list order: only those between the first unseen and the last due are looked for.
                while (firstUnseen < people.size() && seen.containsKey(people.get(firstUnseen))) {
                    firstUnseen++;
                }
                List<UUID> waiting = people.subList(firstUnseen, Math.max(firstUnseen, due.size())).stream()
                        .filter(person -> !seen.containsKey(person)).toList();
                if (!waiting.isEmpty()) {
                    query.setArray(1, db.createArrayOf("uuid", waiting.toArray()));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            OffsetDateTime committed = rows.getObject(2, OffsetDateTime.class);
                            if (committed == null) {
                                throw new IllegalStateException(service.moduleName()
                                        + ": no commit timestamp; PostgreSQL must run with track_commit_timestamp=on");
                            }
                            seen.put(rows.getObject(1, UUID.class), epochNanos(committed.toInstant()));
                        }
                    }
                }
                Thread.sleep(WATCH_INTERVAL.toMillis());
            }
        }
        return seen;
    }

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * Records sent at the rate through the broker, each carrying its send time, consumed as they come;
     * the produce→consume latencies of those after the warm-up. Scenario 8's baseline too.
     */
    static long[] rawKafkaLatencies(KafkaAccess kafka, int rate, int warmUp, int measured) throws Exception {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            if (!admin.listTopics().names().get().contains(LATENCY_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(LATENCY_TOPIC, 3, (short) 1))).all().get();
            }
        }
        Properties consumerProps = kafka.properties();
        Properties producerProps = kafka.properties();
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        int count = warmUp + measured;
        long[] latencies = new long[count];
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(LATENCY_TOPIC).stream()
                    .map(info -> new TopicPartition(LATENCY_TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            CompletableFuture<Void> received = CompletableFuture.runAsync(() -> {
                int got = 0;
                while (got < count) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        ByteBuffer value = ByteBuffer.wrap(record.value());
                        int index = value.getInt();
                        latencies[index] = System.nanoTime() - value.getLong();
                        got++;
                    }
                }
            });
            long began = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < count; i++) {
                long at = began + i * interval;
                Timings.sleepUntil(at);
                byte[] value = ByteBuffer.allocate(12).putInt(i).putLong(System.nanoTime()).array();
                producer.send(new ProducerRecord<>(LATENCY_TOPIC, UUID.randomUUID().toString(), value));
            }
            received.get();
        }
        return Arrays.copyOfRange(latencies, warmUp, count);
    }
}
