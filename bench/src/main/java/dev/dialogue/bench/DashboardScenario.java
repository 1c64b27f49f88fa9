package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;
import static dev.dialogue.bench.Timings.ratio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.demo.Api;
import dev.dialogue.demo.ShenzhenForum;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaAccessControl;
import dev.dialogue.infra.ServiceStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 8: dashboard-service, which rebuilds its view in memory from every {@code forum.*} topic
 * at each start and is ready once it has read them to the end offsets it found. On a stack of its
 * own: the demo's Shenzhen forum loaded through the public interfaces, then a forum of 100,000
 * events put on the topics directly as CloudEvents of the contracts. After each, the dashboard is
 * restarted and timed until ready; its rate is the records on the topics over that time. Baselines in
 * the same run ({@link RawForumRead}): a raw kafka-clients consumer, as the dashboard's principal and
 * with its fetch settings, reading the same partitions from the beginning to their end and doing
 * nothing with the records, in the bench's JVM and in a fresh one started as the services are. Then events of the big forum are published at 100 a second while a client reads its
 * dashboard's SSE stream: each is timed from its send to the first page that counts it, beside a raw
 * Kafka produce→consume at the same rate (scenario 3's baseline).
 */
final class DashboardScenario {

    private static final String FORUM = "bench-dashboard";
    /** Starts per replay: one start says little on a machine this noisy. */
    private static final int STARTS = 3;
    private static final int RATE = 100;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 1_000;
    private static final int COMPUTES = 20;
    private static final OffsetDateTime B2B_START = OffsetDateTime.of(2027, 3, 10, 14, 0, 0, 0, ZoneOffset.ofHours(8));

    private final Path root;
    private final int forumEvents;
    private final UUID b2b = UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();

    DashboardScenario(Path root, int forumEvents) {
        this.root = root;
        this.forumEvents = forumEvents;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        try (ServiceStack stack = ServiceStack.start(root, root.resolve("bench/target/stack-dashboard"), Map.of())) {
            new ShenzhenForum(new Api(stack), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21)).load();
            StackAccess access = new StackAccess(stack);
            access.awaitQuiet(Duration.ofMinutes(10));
            // matchmaking and agreement would consume the forged forum too: the dashboard and its baseline get the cores alone.
            for (DialogueService service : DialogueService.withDatabase()) {
                stack.stop(service);
            }
            readInFreshJvm(stack, "-XX:ArchiveClassesAtExit=" + rawReadArchive());
            result.put("replay of the demo's topics", replay(stack));
            publishForum(stack.infra().kafkaAdmin());
            result.put("replay with a forum of " + forumEvents + " events", replay(stack));
            result.put("event-to-page at " + RATE + "/s", latency(stack, access));
        }
        result.put("targets", "replay at least 50% of the raw read's rate; event-to-page p99 reported (no bound set)");
        return result;
    }

    private Map<String, Object> replay(ServiceStack stack) throws Exception {
        long[] ready = new long[STARTS];
        long[] replay = new long[STARTS];
        long[] polling = new long[STARTS];
        long[] collecting = new long[STARTS];
        long[] readyCpu = new long[STARTS];
        long[] raw = new long[STARTS];
        long[] rawRead = new long[STARTS];
        long[] rawCpu = new long[STARTS];
        long[] coldStart = new long[STARTS];
        long[] coldRead = new long[STARTS];
        Properties dashboardClient = stack.infra().kafka(KafkaAccessControl.DASHBOARD).properties();
        long records = 0;
        for (int i = 0; i < STARTS; i++) {
            long cpu = benchCpuNanos();
            RawForumRead.Result warm = RawForumRead.read(dashboardClient);
            rawCpu[i] = benchCpuNanos() - cpu;
            raw[i] = warm.totalNanos();
            rawRead[i] = warm.readNanos();
            records = warm.records();
            long began = System.nanoTime();
            RawForumRead.Result cold = readInFreshJvm(stack, "-XX:SharedArchiveFile=" + rawReadArchive());
            coldStart[i] = System.nanoTime() - began;
            coldRead[i] = cold.readNanos();
            stack.stop(DialogueService.DASHBOARD);
            began = System.nanoTime();
            ServiceStack.Instance dashboard = stack.startAgain(DialogueService.DASHBOARD);
            ready[i] = System.nanoTime() - began;
            readyCpu[i] = dashboard.process().toHandle().info().totalCpuDuration().orElseThrow().toNanos();
            JsonNode replayed = replayCheck(dashboard);
            if (replayed.path("records replayed").asLong() != records || cold.records() != records) {
                throw new IllegalStateException("the dashboard replayed " + replayed + ", the raw reads " + records + " and "
                        + cold.records() + " records");
            }
            replay[i] = replayed.path("replay ms").asLong() * 1_000_000;
            polling[i] = replayed.path("of which polling ms").asLong() * 1_000_000;
            collecting[i] = replayed.path("of which collecting garbage ms").asLong() * 1_000_000;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        long readyMedian = percentile(ready, 50);
        long replayMedian = percentile(replay, 50);
        long rawMedian = percentile(raw, 50);
        long rawReadMedian = percentile(rawRead, 50);
        long coldStartMedian = percentile(coldStart, 50);
        long coldReadMedian = percentile(coldRead, 50);
        result.put("records on the forum topics", records);
        result.put("readyMs, from start (median of " + STARTS + ")", millis(readyMedian));
        result.put("of which the replay, from having the end offsets, by the service's readiness check, ms (median)",
                millis(replayMedian));
        result.put("the replay's time in polls, waiting for the broker or collecting garbage, ms (median)",
                millis(percentile(polling, 50)));
        result.put("the replay's time collecting garbage, ms (median)", millis(percentile(collecting, 50)));
        result.put("eventsPerSecond to ready", perSecond(records, readyMedian));
        result.put("eventsPerSecond of the replay alone", perSecond(records, replayMedian));
        result.put("baseline in the bench's JVM: raw read from creating the consumer, ms (median)", millis(rawMedian));
        result.put("baseline in the bench's JVM: raw read from having the end offsets, ms (median)", millis(rawReadMedian));
        result.put("baselineRawReadPerSecond", perSecond(records, rawMedian));
        result.put("baseline in a fresh JVM with the services' flags: from its start to the last record, ms (median)",
                millis(coldStartMedian));
        result.put("baseline in a fresh JVM: raw read from having the end offsets, ms (median)", millis(coldReadMedian));
        result.put("ratio to the bench's JVM's read, to ready", ratio(rawMedian, readyMedian));
        result.put("ratio to the bench's JVM's read, the replay alone (both from the end offsets)", ratio(rawReadMedian, replayMedian));
        result.put("ratio to the fresh JVM's read, to ready (both from the JVM's start)", ratio(coldStartMedian, readyMedian));
        result.put("ratio to the fresh JVM's read, the replay alone (both from the end offsets)", ratio(coldReadMedian, replayMedian));
        result.put("CPU ms until ready, the dashboard's JVM (median)", millis(percentile(readyCpu, 50)));
        result.put("CPU ms of the raw read, the bench's JVM (median)", millis(percentile(rawCpu, 50)));
        return result;
    }

    /**
     * The raw read in a JVM of its own, started as the services are: their flags, and a class-data
     * archive of its own (the dashboard maps the one its stack trained), written by a first read
     * ({@code -XX:ArchiveClassesAtExit}) and mapped by the timed ones.
     */
    private RawForumRead.Result readInFreshJvm(ServiceStack stack, String archiveFlag) throws Exception {
        Path settings = root.resolve("bench/target/raw-read-client.properties");
        try (Writer file = Files.newBufferedWriter(settings)) {
            stack.infra().kafka(KafkaAccessControl.DASHBOARD).properties()
                    .store(file, "the dashboard principal's client settings, for RawForumRead");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(stack.jvmFlags());
        command.addAll(List.of(archiveFlag, "-Djava.io.tmpdir=" + root.resolve("bench/target"), "-cp", System.getProperty("java.class.path"),
                RawForumRead.class.getName(), settings.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        } finally {
            process.waitFor();
        }
        if (line == null || process.exitValue() != 0) {
            throw new IllegalStateException("the raw read in a fresh JVM failed (exit " + process.exitValue() + ")");
        }
        return RawForumRead.Result.parse(line);
    }

    /**
     * What a page costs the dashboard to compute, for the why: a stream recomputes its forum's
     * figures at each tick its events changed them; at an instant they are computed afresh, never cached.
     */
    private static long[] computeFigures(StackAccess access) throws IOException {
        long[] took = new long[COMPUTES];
        try (LoadClient client = access.client(DialogueService.DASHBOARD)) {
            for (int i = 0; i < COMPUTES; i++) {
                String path = "/api/forums/" + FORUM + "/dashboard?at=" + OffsetDateTime.now(ZoneOffset.UTC);
                long began = System.nanoTime();
                StackAccess.expect(200, client.get(path));
                took[i] = System.nanoTime() - began;
            }
        }
        return took;
    }

    /** The forum's event count on one SSE data line. */
    private static long eventsCounted(String dataLine) {
        try {
            return EventJson.mapper().readTree(dataLine.substring("data:".length())).path("events").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path rawReadArchive() {
        return root.resolve("bench/target/raw-read-cds.jsa");
    }

    /** What the dashboard says of its replay: its readiness check's data. */
    private JsonNode replayCheck(ServiceStack.Instance dashboard) throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(dashboard.url().resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode check : EventJson.mapper().readTree(health.body()).path("checks")) {
            if (check.path("name").asText().equals("forum log replayed")) {
                return check.path("data");
            }
        }
        throw new IllegalStateException("no replay check in " + health.body());
    }

    private static long benchCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static double perSecond(long records, long nanos) {
        return Math.round(records / (nanos / 1e9) * 10) / 10.0;
    }

    /**
     * The forum, then people registered (40%), approved (30%), meetings requested (15%) and
     * accepted (the rest), as registration-service and matchmaking-service would have published
     * them, their times spread over the hours before now.
     */
    private void publishForum(KafkaAccess admin) throws Exception {
        int people = forumEvents * 40 / 100;
        int approved = forumEvents * 30 / 100;
        int meetings = forumEvents * 15 / 100;
        int accepted = forumEvents - 1 - people - approved - meetings;
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(forumEvents);
        List<UUID> participants = Stream.generate(UUID::randomUUID).limit(people).toList();
        List<UUID> meetingIds = Stream.generate(UUID::randomUUID).limit(meetings).toList();
        Properties props = admin.properties();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(forumEvents);
            int n = 0;
            sent.add(producer.send(event(EventType.FORUM_CREATED, first.plusSeconds(n++), forum())));
            for (int i = 0; i < people; i++) {
                sent.add(producer.send(event(EventType.PARTICIPANT_REGISTERED, first.plusSeconds(n++),
                        registration(participants.get(i), i, RegistrationStatus.SUBMITTED, 1))));
            }
            for (int i = 0; i < approved; i++) {
                sent.add(producer.send(event(EventType.PARTICIPANT_APPROVED, first.plusSeconds(n++),
                        registration(participants.get(i), i, RegistrationStatus.APPROVED, 2))));
            }
            for (int i = 0; i < meetings; i++) {
                sent.add(producer.send(event(EventType.MEETING_REQUESTED, first.plusSeconds(n++),
                        meeting(meetingIds.get(i), participants, i, MeetingStatus.REQUESTED, 1))));
            }
            for (int i = 0; i < accepted; i++) {
                sent.add(producer.send(event(EventType.MEETING_ACCEPTED, first.plusSeconds(n++),
                        meeting(meetingIds.get(i), participants, i, MeetingStatus.ACCEPTED, 2))));
            }
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        }
    }

    private Forum forum() {
        LocalDate day = B2B_START.toLocalDate();
        return new Forum(FORUM, LocalizedText.of(null, null, "Bench dashboard"), "Shenzhen", "Asia/Shanghai", day, day, ForumStatus.OPEN,
                List.of(), List.of(new ForumSession(b2b, SessionKind.B2B_MEETINGS, LocalizedText.of(null, null, "B2B"), B2B_START,
                        B2B_START.plusHours(4), 1_000, List.of(Sector.ROBOTICS), 100, 20)), 1);
    }

    private static ParticipantRegistration registration(UUID participant, int i, RegistrationStatus status, long version) {
        String country = i % 3 == 0 ? "RU" : i % 3 == 1 ? "CN" : "AE";
        return new ParticipantRegistration(participant, FORUM, status, new Organisation(UUID.randomUUID(),
                LocalizedText.of(null, null, "Org " + i), OrganisationKind.COMPANY, country, null),
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("ru"), List.of(Sector.values()[i % Sector.values().length]), List.of(),
                List.of(), List.of(), null, OffsetDateTime.now(ZoneOffset.UTC), version);
    }

    private static Meeting meeting(UUID meeting, List<UUID> participants, int i, MeetingStatus status, long version) {
        return new Meeting(meeting, FORUM, participants.get(i % participants.size()), participants.get((i + 1) % participants.size()),
                status, null, OffsetDateTime.now(ZoneOffset.UTC), null, version);
    }

    private static ProducerRecord<String, byte[]> event(EventType type, OffsetDateTime time, Object payload) {
        String subject = payload instanceof Forum forum ? forum.forumId() : payload instanceof ParticipantRegistration registration
                ? registration.participantId().toString() : ((Meeting) payload).meetingId().toString();
        return KafkaCloudEvents.toRecord(type.topic().topicName(),
                CloudEvent.of(type, type.topic().publisher().source(), subject, time, EventJson.toBytes(payload)));
    }

    /**
     * People registered for the big forum at the rate, each event timed from its send until the
     * first SSE page of the forum's dashboard whose event count includes it. The forum's events
     * spread over partitions, so a page counting n new events is taken to show the first n sent: a
     * later one overtaking an earlier one across partitions would shift the two by the gap between them.
     */
    private Map<String, Object> latency(ServiceStack stack, StackAccess access) throws Exception {
        long[] kafka = EndToEndLatencyScenario.rawKafkaLatencies(stack.infra().kafkaAdmin(), RATE, WARM_UP, MEASURED);
        int count = WARM_UP + MEASURED;
        long[] sent = new long[count];
        long[] shown = new long[count];
        BlockingQueue<long[]> pages = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(stack.url(DialogueService.DASHBOARD).resolve("/api/forums/" + FORUM + "/dashboard/stream"))
                .header("Authorization", "Bearer " + stack.infra().tokens().mint("bench", "staff"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> stream = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (stream.statusCode() != 200) {
            throw new IllegalStateException("the dashboard stream answered " + stream.statusCode());
        }
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Properties props = stack.infra().kafkaAdmin().properties();
        // As the baseline's producer: only the dashboard differs.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (Stream<String> lines = stream.body();
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            // Timed before the page is parsed, as a browser would have it then.
            reader.submit(() -> lines.filter(line -> line.startsWith("data:")).forEach(line -> {
                long at = System.nanoTime();
                pages.add(new long[] {at, eventsCounted(line)});
            }));
            long[] firstPage = pages.poll(30, TimeUnit.SECONDS);
            if (firstPage == null) {
                throw new IllegalStateException("no page from the dashboard stream within 30 s");
            }
            long before = firstPage[1];
            long began = System.nanoTime();
            long interval = 1_000_000_000L / RATE;
            for (int i = 0; i < count; i++) {
                long at = began + i * interval;
                Timings.sleepUntil(at);
                sent[i] = System.nanoTime();
                producer.send(event(EventType.PARTICIPANT_REGISTERED, OffsetDateTime.now(ZoneOffset.UTC),
                        registration(UUID.randomUUID(), i, RegistrationStatus.SUBMITTED, 1)));
            }
            int seen = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (seen < count) {
                long[] page = pages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (page == null) {
                    throw new IllegalStateException("the dashboard showed " + seen + " of " + count + " events");
                }
                for (; seen < count && before + seen < page[1]; seen++) {
                    shown[seen] = page[0];
                }
            }
        } finally {
            reader.shutdownNow();
        }
        long[] toPage = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            toPage[i] = shown[WARM_UP + i] - sent[WARM_UP + i];
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", MEASURED + " at " + RATE + "/s, after " + WARM_UP + " not counted");
        result.put("toPageP50Ms", millis(percentile(toPage, 50)));
        result.put("toPageP99Ms", millis(percentile(toPage, 99)));
        result.put("baselineKafkaP50Ms", millis(percentile(kafka, 50)));
        result.put("baselineKafkaP99Ms", millis(percentile(kafka, 99)));
        result.put("one page's figures computed afresh (GET …/dashboard?at=now), ms (median of " + COMPUTES + ")",
                millis(percentile(computeFigures(access), 50)));
        result.put("chart: latency distribution", Charts.line("dashboard-event-to-page", "From event sent to dashboard page, at " + RATE + " events/s",
                "milliseconds", "% at or below", List.of(new Charts.Series("SSE page counting it", Charts.distribution(toPage)),
                        new Charts.Series("raw Kafka produce→consume (baseline)", Charts.distribution(kafka)))));
        return result;
    }
}
