package dev.dialogue.bench;

import dev.dialogue.events.EventJson;
import dev.dialogue.infra.ServiceStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./dialogue bench}: runs the scenarios and writes {@code bench/results/<date>.json} and a
 * Markdown table beside it. Every figure stands beside a baseline measured in the same run, because
 * these machines are noisy; the targets are ratios or bounds, never timed assertions in tests.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("at", OffsetDateTime.now().toString());
        run.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        scenarios.put("recommendations in process", new RecommendationScenario().run());
        scenarios.put("scheduler, 150 tables", new SchedulerScenario(150).run());
        scenarios.put("scheduler, 1000 tables", new SchedulerScenario(1_000).run());
        long began = System.nanoTime();
        try (ServiceStack stack = ServiceStack.start(Path.of("").toAbsolutePath(), Path.of("bench/target/stack").toAbsolutePath(), Map.of())) {
            Duration stackReady = Duration.ofNanos(System.nanoTime() - began);
            Path benchJar = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            FootprintScenario footprint = new FootprintScenario(stack, benchJar);
            scenarios.put("footprint", footprint.idle(stackReady));
            scenarios.put("recommendations over REST", new RecommendationsOverRest(stack).run());
            scenarios.put("footprint after load", footprint.loaded());
        }
        run.put("scenarios", scenarios);

        Files.createDirectories(results);
        String name = LocalDate.now().toString();
        Files.write(results.resolve(name + ".json"), EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
        StringBuilder table = new StringBuilder("| scenario | figure | value |\n|---|---|---|\n");
        scenarios.forEach((scenario, figures) -> ((Map<?, ?>) figures).forEach((figure, value) ->
                table.append("| ").append(scenario).append(" | ").append(figure).append(" | ").append(value).append(" |\n")));
        Files.writeString(results.resolve(name + ".md"), table.toString());
        System.out.println(table);
    }
}
