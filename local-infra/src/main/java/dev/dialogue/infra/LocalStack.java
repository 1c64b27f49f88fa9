package dev.dialogue.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code ./dialogue up}: starts Kafka, PostgreSQL and the three packaged services on their usual
 * ports ({@link ServiceStack}), and prints where everything is. Ctrl-C, or {@code ./dialogue
 * down}, stops it all.
 */
public final class LocalStack {

    private final Path root;
    private final Path workDir;
    private ServiceStack stack;

    private LocalStack(Path root) {
        this.root = root;
        this.workDir = root.resolve("target/dialogue");
    }

    public static void main(String[] args) throws Exception {
        up(Path.of(args.length > 0 ? args[0] : "."));
        Thread.currentThread().join();
    }

    /** Starts everything on the usual ports and returns once all is ready; the JVM's exit stops it. */
    public static ServiceStack up(Path root) throws IOException {
        LocalStack local = new LocalStack(root.toAbsolutePath().normalize());
        Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "dialogue-down"));
        local.start();
        return local.stack;
    }

    private void start() throws IOException {
        Instant started = Instant.now();
        Files.createDirectories(workDir);
        Files.writeString(workDir.resolve("stack.pid"), String.valueOf(ProcessHandle.current().pid()));
        Map<DialogueService, Integer> ports = new EnumMap<>(DialogueService.class);
        for (DialogueService service : DialogueService.values()) {
            ports.put(service, service.port());
        }
        stack = ServiceStack.start(root, workDir, ports);
        writeStackEnv();
        printSummary(Duration.between(started, Instant.now()));
    }

    /**
     * What ./dialogue token and ./dialogue kafka read: where everything is, tokens for each role, and
     * a Kafka client configuration for each principal that a person at the console may act as.
     */
    private void writeStackEnv() throws IOException {
        LocalInfra infra = stack.infra();
        Path kafkaClients = Files.createDirectories(workDir.resolve("kafka"));
        writeClientConfig(kafkaClients.resolve(KafkaAccessControl.ADMIN + ".properties"), infra.kafkaAdmin());
        writeClientConfig(kafkaClients.resolve(KafkaAccessControl.DASHBOARD + ".properties"), infra.kafka(KafkaAccessControl.DASHBOARD));
        String env = "KAFKA_BOOTSTRAP_SERVERS=" + infra.kafkaBootstrapServers() + "\n"
                + "KAFKA_CLIENT_CONFIGS=" + kafkaClients + "\n"
                + "DIALOGUE_JDBC_URL=" + infra.jdbcUrl() + "\n"
                + "ADMIN_TOKEN=" + infra.tokens().mint("admin", "admin") + "\n"
                + "STAFF_TOKEN=" + infra.tokens().mint("staff", "staff") + "\n"
                + "PARTNER_TOKEN=" + infra.tokens().mint("partner", "partner") + "\n";
        Files.writeString(workDir.resolve("stack.env"), env);
    }

    /** Readable by the owner only: it holds the principal's password. */
    static void writeClientConfig(Path file, KafkaAccess access) throws IOException {
        StringBuilder config = new StringBuilder();
        access.clientConfig().forEach((key, value) -> config.append(key).append('=').append(value).append('\n'));
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, config);
    }

    private void printSummary(Duration took) {
        LocalInfra infra = stack.infra();
        StringBuilder out = new StringBuilder();
        out.append("\nDialogue is up (").append(took.toMillis()).append(" ms");
        if (!stack.training().isZero()) {
            out.append(", ").append(stack.training().toMillis()).append(" ms of it a first start of each service after the build,"
                    + " to write the class-data archive that later starts map");
        }
        out.append(").\n\n");
        for (DialogueService service : DialogueService.values()) {
            out.append(String.format("  %-22s http://localhost:%d   Swagger UI: http://localhost:%d/q/swagger-ui%n",
                    service.moduleName(), service.port(), service.port()));
        }
        out.append("\n  Kafka bootstrap        ").append(infra.kafkaBootstrapServers())
                .append("  (SASL SCRAM-SHA-512; client settings per principal in ")
                .append(workDir.resolve("kafka")).append(")\n");
        out.append("  PostgreSQL             ").append(infra.jdbcUrl()).append("  (role = password = schema name)\n");
        out.append("  Logs                   ").append(stack.logs()).append('\n');
        out.append("\n  Admin token (12 h)     ").append(infra.tokens().mint("admin", "admin")).append('\n');
        out.append("  More tokens            ./dialogue token admin|staff|partner\n");
        out.append("  Dashboard              http://localhost:").append(DialogueService.DASHBOARD.port())
                .append("/  (paste the token of ./dialogue token staff)\n");
        out.append("  Kafka's console tools  ./dialogue kafka [--as admin|dashboard|partner-<id>] console-consumer --topic forum.participants.v1"
                + " --from-beginning\n\n");
        out.append("Ctrl-C or ./dialogue down stops everything.\n");
        System.out.println(out);
    }

    private void stop() {
        if (stack != null) {
            stack.close();
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
