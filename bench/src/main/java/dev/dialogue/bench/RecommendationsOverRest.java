package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;
import static dev.dialogue.bench.Timings.ratio;

import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.ServiceStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 4 over the real stack: approvals are published on {@code forum.participants.v1} until
 * matchmaking holds 1k, 10k, then 50k profiles; at each size, top-10 recommendations of random
 * participants over REST, beside the floor of the same service's cheapest authenticated call
 * ({@code GET /api/sectors}) in the same run; and how fast profiles are absorbed, in bulk and one
 * at a time (from the event's publication until the newcomer can ask for recommendations).
 */
final class RecommendationsOverRest {

    private static final int[] SIZES = {1_000, 10_000, 50_000};
    private static final int QUERIES = 1_000;
    private static final int NEWCOMERS = 50;
    private static final String FORUM = "bench-forum";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration ABSORBING = Duration.ofMinutes(10);

    private final ServiceStack stack;
    private final LoadClient load;
    private final StackAccess access;
    private final Random random = new Random(7);

    RecommendationsOverRest(ServiceStack stack) {
        this.stack = stack;
        this.access = new StackAccess(stack);
        this.load = access.client(DialogueService.MATCHMAKING);
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        Approvals approvals = new Approvals(FORUM);
        List<UUID> participants = new ArrayList<>();
        try (load; KafkaProducer<String, byte[]> producer = producer();
                Connection matchmaking = access.connect(DialogueService.MATCHMAKING);
                Connection agreement = access.connect(DialogueService.AGREEMENT)) {
            for (int size : SIZES) {
                int before = participants.size();
                long began = System.nanoTime();
                while (participants.size() < size) {
                    UUID id = UUID.randomUUID();
                    participants.add(id);
                    producer.send(approvals.approve(id));
                }
                producer.flush();
                // Both consumers of the topic are done before anything is timed: nothing else competes for the cores.
                StackAccess.awaitCount(matchmaking, "select count(*) from profile where forum_id = ?", FORUM, size, ABSORBING);
                StackAccess.awaitCount(agreement, "select count(*) from participant where forum_id = ?", FORUM, size, ABSORBING);
                long absorbing = System.nanoTime() - began;
                String at = size / 1_000 + "k";
                result.put(at + " absorbedPerSecond", Math.round((size - before) / (absorbing / 1e9)));

                StackAccess.expect(200, recommendations(participants.get(0)));
                long[] floor = new long[QUERIES];
                long[] queries = new long[QUERIES];
                for (int round = 0; round < 2; round++) {
                    // The first round warms the service up; the second is measured.
                    for (int q = 0; q < QUERIES; q++) {
                        long start = System.nanoTime();
                        StackAccess.expect(200, load.get("/api/sectors"));
                        floor[q] = System.nanoTime() - start;
                        start = System.nanoTime();
                        StackAccess.expect(200, recommendations(participants.get(random.nextInt(participants.size()))));
                        queries[q] = System.nanoTime() - start;
                    }
                }
                result.put(at + " restQueryP50Ms", millis(percentile(queries, 50)));
                result.put(at + " restQueryP99Ms", millis(percentile(queries, 99)));
                result.put(at + " baselineSectorsP50Ms", millis(percentile(floor, 50)));
                result.put(at + " baselineSectorsP99Ms", millis(percentile(floor, 99)));
                result.put(at + " queryOverBaselineP50", ratio(percentile(queries, 50), percentile(floor, 50)));
            }
            result.put("50k where the service spends a query (JFR samples)", profile(participants));
            long[] newcomers = new long[NEWCOMERS];
            for (int n = 0; n < NEWCOMERS; n++) {
                UUID newcomer = UUID.randomUUID();
                long began = System.nanoTime();
                producer.send(approvals.approve(newcomer)).get();
                while (recommendations(newcomer).status() != 200) {
                    if (System.nanoTime() - began > PATIENCE.toNanos()) {
                        throw new IllegalStateException("newcomer " + newcomer + " not recommended within " + PATIENCE);
                    }
                }
                newcomers[n] = System.nanoTime() - began;
            }
            result.put("50k newcomerVisibleP50Ms", millis(percentile(newcomers, 50)));
            result.put("50k newcomerVisibleP99Ms", millis(percentile(newcomers, 99)));
        }
        result.put("targets", "at 50k: query p99 under 10 ms, update under 5 ms");
        return result;
    }

    /**
     * The same queries once more under Java Flight Recorder in the service (after the measured
     * round, so the recorder costs the figures nothing): each sample goes to the innermost method of
     * ours on its stack, or else to the package on top of it, with the share of the samples. The
     * recording stays in bench/target for a closer look.
     */
    private List<String> profile(List<UUID> participants) throws Exception {
        long pid = stack.instance(DialogueService.MATCHMAKING).process().pid();
        Path recording = Path.of("bench/target/matchmaking-recommendations-50k.jfr").toAbsolutePath();
        jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + recording);
        for (int q = 0; q < QUERIES; q++) {
            StackAccess.expect(200, recommendations(participants.get(random.nextInt(participants.size()))));
        }
        jcmd(pid, "JFR.stop", "name=bench");
        Map<String, Integer> topFrames = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
                    && !event.getStackTrace().getFrames().isEmpty()) {
                topFrames.merge(owner(event.getStackTrace().getFrames()), 1, Integer::sum);
                samples++;
            }
        }
        int total = samples;
        return topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .map(frame -> frame.getKey() + " " + Math.round(100.0 * frame.getValue() / total) + "%").toList();
    }

    /**
     * The innermost method of ours below the routing: what runs under a route filter's
     * {@code next()} is not the filter's work.
     */
    private static String owner(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            RecordedMethod method = frame.getMethod();
            String type = method.getType().getName();
            if (type.startsWith("io.vertx.ext.web.") && method.getName().equals("next")) {
                break;
            }
            if (type.startsWith("dev.dialogue.")) {
                // A lambda's class is hidden, named after its host class: ProfileIndex$$Lambda$2044+0x…/662265824.
                String owner = type.replaceFirst("\\$\\$Lambda.*", "");
                return owner.substring(owner.lastIndexOf('.') + 1) + "." + method.getName();
            }
        }
        String top = frames.get(0).getMethod().getType().getName();
        return "outside our code: " + top.substring(0, Math.max(0, top.lastIndexOf('.')));
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
        }
    }

    private LoadClient.Answer recommendations(UUID participantId) {
        return load.get("/api/forums/" + FORUM + "/participants/" + participantId + "/recommendations?limit=10");
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = stack.infra().kafkaAdmin().properties();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
