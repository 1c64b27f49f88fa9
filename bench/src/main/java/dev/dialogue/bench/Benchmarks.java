package dev.dialogue.bench;

import dev.dialogue.events.EventJson;
import dev.dialogue.infra.ServiceStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * {@code ./dialogue bench}: runs the scenarios and writes {@code bench/results/<date>.json} and a
 * Markdown table beside it. Every figure stands beside a baseline measured in the same run, because
 * these machines are noisy; the targets are ratios or bounds, never timed assertions in tests.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * @param args the results directory, then optionally the numbers of the scenarios to run
     *             (BENCHMARKS.md numbers them as the issue does); all of them by default
     */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // A failed scenario's client threads would keep the JVM, and ./dialogue bench, waiting forever.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        Set<Integer> chosen = new TreeSet<>();
        for (int i = 1; i < args.length; i++) {
            chosen.add(Integer.parseInt(args[i]));
        }
        IntPredicate runs = scenario -> chosen.isEmpty() || chosen.contains(scenario);
        String name = unused(results, LocalDate.now() + (chosen.isEmpty() ? "" : "-scenarios-" + chosen.stream()
                .map(String::valueOf).collect(Collectors.joining("-"))));
        Charts.writeTo(results, name);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("at", OffsetDateTime.now().toString());
        run.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        if (runs.test(4)) {
            scenarios.put("4. recommendations in process", new RecommendationScenario().run());
        }
        if (runs.test(5)) {
            scenarios.put("5. scheduler, 150 tables", new SchedulerScenario(150).run());
            scenarios.put("5. scheduler, 1000 tables", new SchedulerScenario(1_000).run());
        }
        long began = System.nanoTime();
        try (ServiceStack stack = ServiceStack.start(Path.of("").toAbsolutePath(), Path.of("bench/target/stack").toAbsolutePath(), Map.of())) {
            // After a build the stack first trains its class-data archives: a one-off, not part of a start.
            Duration stackReady = Duration.ofNanos(System.nanoTime() - began).minus(stack.training());
            StackAccess access = new StackAccess(stack);
            Path benchJar = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            FootprintScenario footprint = new FootprintScenario(stack, benchJar);
            if (runs.test(6)) {
                scenarios.put("6. footprint", footprint.idle(stackReady));
            }
            if (runs.test(2) || runs.test(3)) {
                RestRegistrationScenario registration = new RestRegistrationScenario(stack, access);
                scenarios.put("2. REST registration", registration.run());
                if (runs.test(3)) {
                    // At the target's rate, then at one the system absorbs here (scenario 2), each with people of their own.
                    List<UUID> pending = registration.registered();
                    int people = EndToEndLatencyScenario.PEOPLE;
                    scenarios.put("3. end-to-end latency at 100/s", new EndToEndLatencyScenario(stack, access, 100).run(pending.subList(0, people)));
                    scenarios.put("3. end-to-end latency at 25/s", new EndToEndLatencyScenario(stack, access, 25).run(pending.subList(people, 2 * people)));
                }
            }
            if (runs.test(4)) {
                scenarios.put("4. recommendations over REST", new RecommendationsOverRest(stack).run());
            }
            if (runs.test(6)) {
                scenarios.put("6. footprint after load", footprint.loaded());
            }
            if (runs.test(1)) {
                scenarios.put("1. partner intake", new PartnerIntakeScenario(stack, access,
                        Integer.getInteger("dialogue.bench.intake", 100_000)).run());
            }
        }
        if (runs.test(7)) {
            // Two stacks of its own, one after the other, after the shared one has stopped.
            scenarios.put("7. Kafka authentication and ACLs", new KafkaSecurityScenario(Path.of("").toAbsolutePath()).run());
        }
        if (runs.test(8)) {
            // A stack of its own: the replay is of the demo's topics only, whatever else ran.
            scenarios.put("8. dashboard replay and event-to-page", new DashboardScenario(Path.of("").toAbsolutePath(),
                    Integer.getInteger("dialogue.bench.dashboard", 100_000)).run());
        }
        run.put("scenarios", scenarios);

        Files.createDirectories(results);
        Files.write(results.resolve(name + ".json"), EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
        StringBuilder table = new StringBuilder("| scenario | figure | value |\n|---|---|---|\n");
        scenarios.forEach((scenario, figures) -> ((Map<?, ?>) figures).forEach((figure, value) ->
                table.append("| ").append(scenario).append(" | ").append(figure).append(" | ").append(value).append(" |\n")));
        Files.writeString(results.resolve(name + ".md"), table.toString());
        System.out.println(table);
    }

    /** The name, or for a second run of the day name-2 and so on: BENCHMARKS.md cites the earlier runs' files. */
    private static String unused(Path results, String name) {
        String candidate = name;
        for (int run = 2; Files.exists(results.resolve(candidate + ".json")); run++) {
            candidate = name + "-" + run;
        }
        return candidate;
    }
}
