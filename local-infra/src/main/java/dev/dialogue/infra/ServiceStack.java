package dev.dialogue.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kafka, PostgreSQL and the packaged services, each service a separate JVM configured through the
 * environment variables a deployment uses. {@code ./dialogue up}, the system tests and the
 * benchmarks all run the system this way.
 */
public final class ServiceStack implements AutoCloseable {

    /** One running service process. */
    public record Instance(DialogueService service, int port, Process process, Path log) {

        public URI url() {
            return URI.create("http://localhost:" + port);
        }
    }

    /** A training start stops once ready; its JVM then writes the archive, seconds on these cores. */
    private static final Duration TRAINING_DUMP = Duration.ofSeconds(120);

    private final Path root;
    private final Path workDir;
    private final LocalInfra infra;
    private final List<Instance> instances = new ArrayList<>();
    private final List<OrphanGuard> guards = new ArrayList<>();
    private final Map<DialogueService, Instance> first = new EnumMap<>(DialogueService.class);
    private final Map<String, String> environment;
    private Duration training = Duration.ZERO;

    private ServiceStack(Path root, Path workDir, LocalInfra infra, Map<String, String> environment) {
        this.root = root;
        this.workDir = workDir;
        this.infra = infra;
        this.environment = environment;
    }

    /**
     * Starts the infrastructure and one instance of each service on the given ports (a missing
     * port means a free one), and waits until all are ready.
     */
    public static ServiceStack start(Path root, Path workDir, Map<DialogueService, Integer> ports) {
        return start(root, workDir, ports, true, Map.of());
    }

    /** @param environment variables every service gets beside the stack's own, such as where to export traces */
    public static ServiceStack start(Path root, Path workDir, Map<DialogueService, Integer> ports, Map<String, String> environment) {
        return start(root, workDir, ports, true, environment);
    }

    /** @param kafkaAuthentication false only for the benchmarks' baseline ({@link LocalInfra#start(Path, boolean)}) */
    public static ServiceStack start(Path root, Path workDir, Map<DialogueService, Integer> ports, boolean kafkaAuthentication) {
        return start(root, workDir, ports, kafkaAuthentication, Map.of());
    }

    private static ServiceStack start(Path root, Path workDir, Map<DialogueService, Integer> ports, boolean kafkaAuthentication,
            Map<String, String> environment) {
        for (DialogueService service : DialogueService.values()) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException(service.jar(root) + " is missing: run ./mvnw -DskipTests install");
            }
        }
        try {
            // The logs are this stack's only: the system tests read every one of them for personal data.
            WorkDirs.fresh(workDir.resolve("logs"));
            Files.createDirectories(workDir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceStack stack = new ServiceStack(root, workDir, LocalInfra.start(workDir.resolve("infra"), kafkaAuthentication),
                environment);
        try {
            stack.trainClassDataArchives();
            List<Instance> started = new ArrayList<>();
            for (DialogueService service : DialogueService.values()) {
                started.add(stack.launch(service, ports.getOrDefault(service, FreePorts.next())));
            }
            for (Instance instance : started) {
                stack.awaitReady(instance, Duration.ofSeconds(120));
                stack.first.put(instance.service(), instance);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Another instance of a service beside the first: same schema, same consumer group. */
    public Instance startAnother(DialogueService service) {
        return startAnother(service, ClassDataArchive.best(service.appFolder(root)));
    }

    /** @param archive the class-data archive its JVM maps (the benchmarks start it each way) */
    public Instance startAnother(DialogueService service, ClassDataArchive archive) {
        Instance instance = launch(service, FreePorts.next(), archive.jvmFlags());
        awaitReady(instance, Duration.ofSeconds(120));
        return instance;
    }

    /** Stops one instance and waits until it has exited. */
    public void stop(Instance instance) {
        instance.process().destroy();
        awaitExit(instance.process());
        instances.remove(instance);
    }

    /** Stops the service's first instance as an operator would (SIGTERM, a clean shutdown); {@link #startAgain} brings it back. */
    public void stop(DialogueService service) {
        stop(first.get(service));
    }

    /** Starts the service's first instance again, on the port it had, after {@link #stop(DialogueService)}. */
    public Instance startAgain(DialogueService service) {
        Instance stopped = first.get(service);
        if (stopped.process().isAlive()) {
            throw new IllegalStateException(service.moduleName() + " is running");
        }
        Instance started = launch(service, stopped.port());
        awaitReady(started, Duration.ofSeconds(120));
        first.put(service, started);
        return started;
    }

    /**
     * Kills the service's first instance as a crash would (SIGKILL: no shutdown hook, no commit of
     * consumer offsets, transactions cut in the middle) and starts a new one on its port.
     */
    public Instance crashAndRestart(DialogueService service) {
        Instance crashed = first.get(service);
        crashed.process().destroyForcibly();
        awaitExit(crashed.process());
        instances.remove(crashed);
        Instance restarted = launch(service, crashed.port());
        awaitReady(restarted, Duration.ofSeconds(120));
        first.put(service, restarted);
        return restarted;
    }

    /** How long {@link #start} spent training class-data archives: zero unless a build made them stale. */
    public Duration training() {
        return training;
    }

    /** The flags each service's JVM gets (DialogueService.jvmFlags). */
    public List<String> jvmFlags() {
        return DialogueService.jvmFlags(root);
    }

    public LocalInfra infra() {
        return infra;
    }

    public Instance instance(DialogueService service) {
        return first.get(service);
    }

    public URI url(DialogueService service) {
        return first.get(service).url();
    }

    /** Where the stack keeps its logs, data and the binaries it unpacked. */
    public Path workDir() {
        return workDir;
    }

    public Path logs() {
        return workDir.resolve("logs");
    }

    @Override
    public void close() {
        guards.forEach(OrphanGuard::standDown);
        instances.forEach(instance -> instance.process().destroy());
        instances.forEach(instance -> awaitExit(instance.process()));
        instances.clear();
        infra.close();
    }

    /**
     * For each service whose trained class-data archive is missing or older than its jar: a start
     * against this stack until ready, then a clean stop, at which its JVM dumps every class it
     * loaded. Such an archive saves a start most of a second more than the package step's, which
     * cannot reach the runtime's classes without a broker and a database. Should a dump fail, the
     * services start with the package step's archive.
     */
    private void trainClassDataArchives() {
        Instant began = Instant.now();
        Map<Instance, Path> trainees = new LinkedHashMap<>();
        for (DialogueService service : DialogueService.values()) {
            Path app = service.appFolder(root);
            if (!ClassDataArchive.TRAINED.isCurrent(app)) {
                Path archive = ClassDataArchive.TRAINED.file(app).orElseThrow();
                // The dump warns of each class loaded but never linked, which it leaves out: thousands of lines.
                trainees.put(launch(service, FreePorts.next(), List.of("-XX:ArchiveClassesAtExit=" + dumpOf(archive), "-Xlog:cds=error")), archive);
            }
        }
        if (trainees.isEmpty()) {
            return;
        }
        trainees.keySet().forEach(instance -> awaitReady(instance, Duration.ofSeconds(120)));
        trainees.keySet().forEach(instance -> instance.process().destroy());
        trainees.forEach((instance, archive) -> {
            boolean dumped = awaitExit(instance.process(), TRAINING_DUMP);
            instances.remove(instance);
            try {
                if (dumped && Files.exists(dumpOf(archive))) {
                    Files.move(dumpOf(archive), archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        training = Duration.between(began, Instant.now());
    }

    /** Where a training JVM of this stack dumps: a name of its own, moved into place whole, so that stacks training at once never mix. */
    private static Path dumpOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
    }

    private Instance launch(DialogueService service, int port) {
        return launch(service, port, ClassDataArchive.best(service.appFolder(root)).jvmFlags());
    }

    private Instance launch(DialogueService service, int port, List<String> classDataFlags) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = workDir.resolve("logs").resolve(service.moduleName() + "-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmFlags());
        command.addAll(classDataFlags);
        command.addAll(List.of("-Djava.io.tmpdir=" + workDir.resolve("tmp"), "-jar", DialogueService.RUNNER));
        // Started from its own folder, because the archive holds the jar's path as the package step ran it.
        ProcessBuilder builder = new ProcessBuilder(command).directory(service.appFolder(root).toFile());
        Map<String, String> env = builder.environment();
        infra.serviceConfig(service).forEach((key, value) -> env.put(environmentName(key), value));
        env.putAll(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process process = builder.start();
            guards.add(OrphanGuard.killWhenThisJvmDies(process.pid(), "TERM"));
            Instance instance = new Instance(service, port, process, log);
            instances.add(instance);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variable Quarkus reads for a property: upper case, other characters as {@code _}. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private void awaitReady(Instance instance, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = instance.url().resolve("/q/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!instance.process().isAlive()) {
                    throw new IllegalStateException(instance.service().moduleName() + " exited; see " + instance.log());
                }
                try {
                    if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(instance.service().moduleName() + " not ready within " + timeout + "; see "
                + instance.log());
    }

    private static void awaitExit(Process process) {
        awaitExit(process, Duration.ofSeconds(15));
    }

    /** @return whether it exited by itself in time, rather than killed */
    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return false;
    }
}
