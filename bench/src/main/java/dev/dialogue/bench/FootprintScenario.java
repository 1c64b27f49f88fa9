package dev.dialogue.bench;

import static dev.dialogue.bench.Timings.millis;
import static dev.dialogue.bench.Timings.percentile;
import static dev.dialogue.bench.Timings.ratio;

import dev.dialogue.infra.ClassDataArchive;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.ServiceStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 6: how long each packaged service takes to be ready and how much memory it holds, idle
 * and after the recommendations scenario's load, beside a bare JVM with the same flags started in
 * the same run. A service's time to ready is measured on further instances started one after
 * another beside the running stack (the readiness probe is polled every 50 ms), in turn with the
 * trained class-data archive the stack runs with, with the package step's, and without one (the
 * baseline), and Quarkus's own "started in" from its log is reported with it.
 */
final class FootprintScenario {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** Starts per service and way: one start says little on a machine this noisy. */
    private static final int STARTS = 5;
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final ServiceStack stack;
    private final Path benchJar;

    FootprintScenario(ServiceStack stack, Path benchJar) {
        this.stack = stack;
        this.benchJar = benchJar;
    }

    Map<String, Object> idle(Duration stackReady) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("wholeStackReadyMs", stackReady.toMillis());
        result.put("class-data archives trained first, not counted in the whole stack's time (ms)", stack.training().toMillis());
        bareJvm(result);
        Thread.sleep(SETTLE.toMillis());
        for (DialogueService service : DialogueService.values()) {
            result.put(service.moduleName() + " idleRssMb", rssMb(stack.instance(service).process().pid()));
        }
        for (DialogueService service : DialogueService.values()) {
            long[] trained = new long[STARTS];
            long[] packageStep = new long[STARTS];
            long[] without = new long[STARTS];
            long[] startedIn = new long[STARTS];
            for (int i = 0; i < STARTS; i++) {
                without[i] = readyNanos(service, ClassDataArchive.NONE).readyNanos();
                packageStep[i] = readyNanos(service, ClassDataArchive.PACKAGE_STEP).readyNanos();
                Start start = readyNanos(service, ClassDataArchive.TRAINED);
                trained[i] = start.readyNanos();
                startedIn[i] = start.quarkusStartedInNanos();
            }
            String name = service.moduleName();
            result.put(name + " readyMs (median of " + STARTS + ")", millis(percentile(trained, 50)));
            result.put(name + " quarkusStartedInMs (median)", millis(percentile(startedIn, 50)));
            result.put(name + " readyMs with the package step's archive instead (median)", millis(percentile(packageStep, 50)));
            result.put(name + " baseline: readyMs without a class-data archive (median)", millis(percentile(without, 50)));
            result.put(name + " ratio to the baseline", ratio(percentile(trained, 50), percentile(without, 50)));
        }
        result.put("targets", "each service ready in under 3 s and under 300 MB idle");
        return result;
    }

    Map<String, Object> loaded() throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        for (DialogueService service : DialogueService.values()) {
            result.put(service.moduleName() + " loadedRssMb", rssMb(stack.instance(service).process().pid()));
        }
        return result;
    }

    private void bareJvm(Map<String, Object> result) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long began = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(stack.jvmFlags());
        command.addAll(List.of("-cp", benchJar.toString(), IdleJvm.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine();
            result.put("baselineBareJvmReadyMs", (System.nanoTime() - began) / 1_000_000);
            Thread.sleep(SETTLE.toMillis());
            result.put("baselineBareJvmIdleRssMb", rssMb(process.pid()));
        } finally {
            process.destroy();
        }
    }

    /** Resident memory from {@code /proc} (Linux, which is what these machines run). */
    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    private record Start(long readyNanos, long quarkusStartedInNanos) {
    }

    /** Starts another instance beside the running stack, times it to ready, and stops it. */
    private Start readyNanos(DialogueService service, ClassDataArchive archive) throws IOException {
        long began = System.nanoTime();
        ServiceStack.Instance another = stack.startAnother(service, archive);
        long ready = System.nanoTime() - began;
        stack.stop(another);
        Matcher matcher = STARTED_IN.matcher(Files.readString(another.log()));
        if (!matcher.find()) {
            throw new IllegalStateException("no 'started in' in " + another.log());
        }
        return new Start(ready, Math.round(Double.parseDouble(matcher.group(1)) * 1e9));
    }
}
