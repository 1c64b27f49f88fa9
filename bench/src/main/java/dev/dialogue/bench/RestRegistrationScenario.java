package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;

import dev.dialogue.events.EventJson;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.ServiceStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 2: people registering themselves over REST ({@code POST /api/forums/{id}/registrations},
 * which validates, stores and publishes in one transaction), by closed-loop clients at 1 to 64 at
 * once, and open-loop at fixed rates. Baseline in the same run: raw JDBC single-row inserts of the
 * same data, autocommit, at the same concurrency. The forum waits for an admin's approval, so the
 * people registered here are what scenario 3 approves.
 */
final class RestRegistrationScenario {

    static final String FORUM = "bench-rest-registration";
    private static final int[] CONCURRENCY = {1, 4, 16, 64};
    /** Fixed rates as fractions of the highest rate the clients reached: a fixed rate above it only measures a queue. */
    private static final double[] LOADS = {0.25, 0.5, 0.75};
    private static final Duration LEVEL = Duration.ofSeconds(6);
    /** Near saturation (the closed-loop levels): where the cost per registration says what caps the rate. */
    private static final int PROFILED_CLIENTS = 16;
    /** The JIT keeps compiling the ORM's paths for thousands of requests (BENCHMARKS.md shows the profile). */
    private static final Duration WARM_UP = Duration.ofSeconds(30);

    private final ServiceStack stack;
    private final StackAccess access;
    private static final String REGISTRATIONS = "/api/forums/" + FORUM + "/registrations";
    private final LoadClient load;
    private final List<UUID> registered = new ArrayList<>();

    RestRegistrationScenario(ServiceStack stack, StackAccess access) {
        this.stack = stack;
        this.access = access;
        this.load = access.client(DialogueService.REGISTRATION);
    }

    /** The people this scenario registered, pending approval. */
    List<UUID> registered() {
        return registered;
    }

    Map<String, Object> run() throws Exception {
        try (load) {
            return measure();
        }
    }

    private Map<String, Object> measure() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        access.awaitQuiet(Duration.ofMinutes(10));
        access.openForum(FORUM, List.of());
        level(8, WARM_UP, this::register);
        Map<Integer, Double> serviceRates = new LinkedHashMap<>();
        Map<Integer, Double> baselineRates = new LinkedHashMap<>();
        Map<Integer, Double> serviceP99 = new LinkedHashMap<>();
        Map<Integer, Double> baselineP99 = new LinkedHashMap<>();
        try (Connection db = access.connect(DialogueService.REGISTRATION); Statement ddl = db.createStatement()) {
            ddl.execute("""
                    create table if not exists bench_registration (id uuid primary key, forum_id varchar(64) not null,
                        full_name varchar(300) not null, email varchar(320) not null, request jsonb not null,
                        created_at timestamptz not null default now())""");
            try {
                for (int clients : CONCURRENCY) {
                    Level baseline = level(clients, LEVEL, this::insertRow);
                    Level service = level(clients, LEVEL, this::register);
                    String at = clients + " clients ";
                    result.put(at + "registrationsPerSecond", service.perSecond());
                    result.put(at + "registrationP50Ms", millis(percentile(service.latencies(), 50)));
                    result.put(at + "registrationP99Ms", millis(percentile(service.latencies(), 99)));
                    result.put(at + "baselineInsertsPerSecond", baseline.perSecond());
                    result.put(at + "baselineInsertP99Ms", millis(percentile(baseline.latencies(), 99)));
                    result.put(at + "rateOverBaseline", Math.round(service.perSecond() / baseline.perSecond() * 1000) / 1000.0);
                    serviceRates.put(clients, service.perSecond());
                    baselineRates.put(clients, baseline.perSecond());
                    serviceP99.put(clients, millis(percentile(service.latencies(), 99)));
                    baselineP99.put(clients, millis(percentile(baseline.latencies(), 99)));
                }
            } finally {
                ddl.execute("drop table bench_registration");
            }
        }
        result.put("CPU ms per registration at " + PROFILED_CLIENTS + " clients, by process (until every consumer is done)",
                cpuPerRegistration());
        double saturation = serviceRates.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (double load : LOADS) {
            int rate = Math.max(1, (int) Math.round(saturation * load));
            long[] latencies = atFixedRate(rate, LEVEL);
            result.put(rate + "/s (" + Math.round(load * 100) + "% of saturation) registrationP50Ms", millis(percentile(latencies, 50)));
            result.put(rate + "/s (" + Math.round(load * 100) + "% of saturation) registrationP99Ms", millis(percentile(latencies, 99)));
        }
        result.put("chart: throughput", Charts.line("rest-registration-throughput", "REST registration against raw JDBC inserts",
                "concurrent clients", "per second", List.of(new Charts.Series("POST registrations", Charts.points(serviceRates)),
                        new Charts.Series("raw JDBC insert (baseline)", Charts.points(baselineRates)))));
        result.put("chart: p99", Charts.line("rest-registration-p99", "REST registration p99 latency", "concurrent clients",
                "p99 ms", List.of(new Charts.Series("POST registrations", Charts.points(serviceP99)),
                        new Charts.Series("raw JDBC insert (baseline)", Charts.points(baselineP99)))));
        result.put("targets", "at least 50% of the baseline's rate with p99 under 50 ms");
        return result;
    }

    /** What a registration costs each process, from the moment it is sent until matchmaking and agreement have it too. */
    private Map<String, Double> cpuPerRegistration() throws Exception {
        access.awaitQuiet(Duration.ofMinutes(10));
        CpuUse before = CpuUse.of(stack);
        Level level = level(PROFILED_CLIENTS, LEVEL, this::register);
        access.awaitQuiet(Duration.ofMinutes(10));
        return before.perOperationUntil(CpuUse.of(stack), level.latencies().length);
    }

    /** One client's operation; each client thread has its own state (a connection for the baseline). */
    private interface Operation {
        void perform(Map<String, Object> clientState) throws Exception;
    }

    private record Level(double perSecond, long[] latencies) {
    }

    /** Closed loop: the clients each send, wait for the answer and send again, for the duration. */
    private Level level(int clients, Duration duration, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        long until = began + duration.toNanos();
        List<Future<List<Long>>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                Map<String, Object> state = new LinkedHashMap<>();
                List<Long> latencies = new ArrayList<>();
                try {
                    while (System.nanoTime() < until) {
                        long start = System.nanoTime();
                        operation.perform(state);
                        latencies.add(System.nanoTime() - start);
                    }
                } finally {
                    if (state.get("db") instanceof Connection db) {
                        db.close();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : work) {
            all.addAll(client.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return new Level(Math.round(all.size() / seconds * 10) / 10.0, all.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Open loop: a request every 1/rate seconds whatever the answers, each timed from when it was due
     * (so a stall counts against every request it delays).
     */
    private long[] atFixedRate(int rate, Duration duration) throws Exception {
        int count = (int) (rate * duration.toSeconds());
        long intervalNanos = 1_000_000_000L / rate;
        List<CompletableFuture<Long>> inFlight = new ArrayList<>();
        ExecutorService senders = Executors.newCachedThreadPool();
        AtomicInteger failures = new AtomicInteger();
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = began + i * intervalNanos;
            Timings.sleepUntil(due);
            inFlight.add(CompletableFuture.supplyAsync(() -> {
                LoadClient.Answer answer = load.post(REGISTRATIONS, body());
                long latency = System.nanoTime() - due;
                if (answer.status() == 201) {
                    remember(answer);
                } else {
                    failures.incrementAndGet();
                }
                return latency;
            }, senders));
        }
        long[] latencies = inFlight.stream().mapToLong(CompletableFuture::join).toArray();
        senders.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " registrations at " + rate + "/s were not created");
        }
        return latencies;
    }

    private void register(Map<String, Object> clientState) throws Exception {
        remember(StackAccess.expect(201, load.post(REGISTRATIONS, body())));
    }

    private void remember(LoadClient.Answer created) {
        UUID id;
        try {
            id = UUID.fromString(EventJson.mapper().readTree(created.body()).path("participantId").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (registered) {
            registered.add(id);
        }
    }

    private void insertRow(Map<String, Object> clientState) throws SQLException {
        Connection db = (Connection) clientState.get("db");
        if (db == null) {
            db = access.connect(DialogueService.REGISTRATION);
            clientState.put("db", db);
        }
        Map<String, Object> body = body();
        try (PreparedStatement insert = db.prepareStatement(
                "insert into bench_registration (id, forum_id, full_name, email, request) values (?, ?, ?, ?, cast(? as jsonb))")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, FORUM);
            insert.setString(3, (String) body.get("fullName"));
            insert.setString(4, (String) body.get("email"));
            insert.setString(5, EventJson.toText(body));
            insert.executeUpdate();
        }
    }

    /** What a person fills in: the same shape for the service and the baseline. */
    private static Map<String, Object> body() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", "Participant " + id.substring(0, 8));
        body.put("email", "p-" + id + "@example.cn");
        body.put("position", "Director");
        body.put("organisation", Map.of("name", Map.of("en", "Company " + id.substring(0, 4)), "kind", "COMPANY", "country", "CN"));
        body.put("category", "COMPANY_REPRESENTATIVE");
        body.put("languages", List.of("zh", "en"));
        body.put("sectors", List.of("ROBOTICS", "ELECTRIC_TRANSPORT"));
        body.put("offers", List.of(Map.of("type", "TECHNOLOGY", "text", "Service robots")));
        body.put("seeks", List.of(Map.of("type", "INVESTMENT")));
        body.put("consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", "2026-11-01T10:00:00+03:00"));
        return body;
    }
}
