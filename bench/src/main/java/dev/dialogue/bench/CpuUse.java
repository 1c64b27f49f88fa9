package dev.dialogue.bench;

import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.ServiceStack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time each process of the running system has used so far (user and system, as the kernel
 * counts it). Two of them around a piece of work say what the work cost each process: the profile
 * that explains a throughput on two shared cores.
 */
record CpuUse(Map<String, Duration> byProcess) {

    private static final String KAFKA = "Kafka broker";
    private static final String POSTGRES = "PostgreSQL";
    private static final String BENCH = "bench (load and baselines)";

    static CpuUse of(ServiceStack stack) {
        Map<String, Duration> used = new LinkedHashMap<>();
        for (DialogueService service : DialogueService.values()) {
            add(used, service.moduleName(), stack.instance(service).process().toHandle());
        }
        // The broker is this JVM's child; PostgreSQL daemonises, so it is known by where its binaries are.
        String postgresBinaries = stack.workDir().toString();
        ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().map(line -> line.contains("kafka")).orElse(false))
                .forEach(broker -> add(used, KAFKA, broker));
        ProcessHandle.allProcesses().filter(process -> process.info().command().map(command -> command.startsWith(postgresBinaries)
                && command.endsWith("/postgres")).orElse(false)).forEach(postgres -> add(used, POSTGRES, postgres));
        add(used, BENCH, ProcessHandle.current());
        return new CpuUse(used);
    }

    /** Milliseconds of CPU per operation, by process, between this reading and a later one. */
    Map<String, Double> perOperationUntil(CpuUse later, long operations) {
        Map<String, Double> perOperation = new LinkedHashMap<>();
        later.byProcess.forEach((process, total) -> {
            Duration used = total.minus(byProcess.getOrDefault(process, Duration.ZERO));
            perOperation.put(process, Math.round(used.toNanos() / 1e3 / operations) / 1e3);
        });
        perOperation.put("all", Math.round(perOperation.values().stream().mapToDouble(Double::doubleValue).sum() * 1e3) / 1e3);
        return perOperation;
    }

    /** A process that has exited, or whose CPU time is not readable, adds nothing. */
    private static void add(Map<String, Duration> used, String name, ProcessHandle process) {
        process.info().totalCpuDuration().ifPresent(cpu -> used.merge(name, cpu, Duration::plus));
    }
}
