package dev.dialogue.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./dialogue up}: starts Kafka and PostgreSQL, then the three packaged services as separate
 * processes configured through the same environment variables a deployment uses, waits until
 * each is ready, and prints where everything is. Ctrl-C, or {@code ./dialogue down}, stops it all.
 */
public final class LocalStack {

    private final Path root;
    private final Path workDir;
    private final List<Process> processes = new ArrayList<>();
    private final List<OrphanGuard> guards = new ArrayList<>();
    private LocalInfra infra;

    private LocalStack(Path root) {
        this.root = root;
        this.workDir = root.resolve("target/dialogue");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(root);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "dialogue-down"));
        stack.up();
        Thread.currentThread().join();
    }

    private void up() throws IOException, InterruptedException {
        Instant started = Instant.now();
        for (DialogueService service : DialogueService.values()) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException(service.jar(root) + " is missing: run ./mvnw -DskipTests install");
            }
        }
        Files.createDirectories(workDir.resolve("logs"));
        Files.createDirectories(workDir.resolve("tmp"));
        Files.writeString(workDir.resolve("stack.pid"), String.valueOf(ProcessHandle.current().pid()));
        infra = LocalInfra.start(workDir.resolve("infra"));
        for (DialogueService service : DialogueService.values()) {
            processes.add(start(service));
        }
        for (DialogueService service : DialogueService.values()) {
            awaitReady(service, Duration.ofSeconds(120));
        }
        writeStackEnv();
        printSummary(Duration.between(started, Instant.now()));
    }

    private Process start(DialogueService service) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms64m", "-Xmx512m",
                "-Djava.io.tmpdir=" + workDir.resolve("tmp"),
                "-jar", service.jar(root).toString());
        Map<String, String> env = builder.environment();
        infra.serviceConfig(service.schema()).forEach((key, value) -> env.put(environmentName(key), value));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        builder.redirectErrorStream(true);
        builder.redirectOutput(workDir.resolve("logs").resolve(service.moduleName() + ".log").toFile());
        Process process = builder.start();
        guards.add(OrphanGuard.killWhenThisJvmDies(process.pid(), "TERM"));
        return process;
    }

    /** The environment variable Quarkus reads for a property: upper case, other characters as {@code _}. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private void awaitReady(DialogueService service, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + service.port() + "/q/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        Process process = processes.get(service.ordinal());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.moduleName() + " exited; see " + log(service));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.moduleName() + " not ready within " + timeout + "; see " + log(service));
    }

    /** What ./dialogue token and ./dialogue kafka read: where the broker is and tokens for each role. */
    private void writeStackEnv() throws IOException {
        String env = "KAFKA_BOOTSTRAP_SERVERS=" + infra.kafkaBootstrapServers() + "\n"
                + "DIALOGUE_JDBC_URL=" + infra.jdbcUrl() + "\n"
                + "ADMIN_TOKEN=" + infra.tokens().mint("admin", "admin") + "\n"
                + "STAFF_TOKEN=" + infra.tokens().mint("staff", "staff") + "\n"
                + "PARTNER_TOKEN=" + infra.tokens().mint("partner", "partner") + "\n";
        Files.writeString(workDir.resolve("stack.env"), env);
    }

    private Path log(DialogueService service) {
        return workDir.resolve("logs").resolve(service.moduleName() + ".log");
    }

    private void printSummary(Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("\nDialogue is up (").append(took.toMillis()).append(" ms).\n\n");
        for (DialogueService service : DialogueService.values()) {
            out.append(String.format("  %-22s http://localhost:%d   Swagger UI: http://localhost:%d/q/swagger-ui%n",
                    service.moduleName(), service.port(), service.port()));
        }
        out.append("\n  Kafka bootstrap        ").append(infra.kafkaBootstrapServers()).append('\n');
        out.append("  PostgreSQL             ").append(infra.jdbcUrl()).append("  (role = password = schema name)\n");
        out.append("  Logs                   ").append(workDir.resolve("logs")).append('\n');
        out.append("\n  Admin token (12 h)     ").append(infra.tokens().mint("admin", "admin")).append('\n');
        out.append("  More tokens            ./dialogue token admin|staff|partner\n");
        out.append("  Kafka's console tools  ./dialogue kafka console-consumer --topic forum.participants.v1 --from-beginning\n\n");
        out.append("Ctrl-C or ./dialogue down stops everything.\n");
        System.out.println(out);
    }

    private void stop() {
        guards.forEach(OrphanGuard::standDown);
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
        if (infra != null) {
            infra.close();
        }
        try {
            Files.deleteIfExists(workDir.resolve("stack.pid"));
            Files.deleteIfExists(workDir.resolve("stack.env"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Dialogue is down.");
    }
}
