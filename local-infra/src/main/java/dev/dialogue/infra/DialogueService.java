package dev.dialogue.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The services as the local stack runs them: module folder, own schema and role (none for the
 * dashboard, which keeps its view in memory), HTTP port.
 */
public enum DialogueService {
    REGISTRATION("registration-service", "registration", 8081),
    MATCHMAKING("matchmaking-service", "matchmaking", 8082),
    AGREEMENT("agreement-service", "agreement", 8083),
    /** Reads the forum.* topics as the read-only dashboard principal; no schema. */
    DASHBOARD("dashboard-service", null, 8084);

    static final String RUNNER = "quarkus-run.jar";

    /** The file that holds the services' JVM flags (and says why), relative to the project's root. */
    public static final String JVM_FLAGS_FILE = "docker/service-jvm.env";
    private static final String JVM_FLAGS_VARIABLE = "JAVA_TOOL_OPTIONS";


    private final String moduleName;
    private final String schema;
    private final int port;

    DialogueService(String moduleName, String schema, int port) {
        this.moduleName = moduleName;
        this.schema = schema;
        this.port = port;
    }

    public String moduleName() {
        return moduleName;
    }

    /** The service's schema and database role; only for a service that {@link #hasDatabase()}. */
    public String schema() {
        if (schema == null) {
            throw new IllegalStateException(moduleName + " has no database");
        }
        return schema;
    }

    public boolean hasDatabase() {
        return schema != null;
    }

    /** The services that own a schema. */
    public static List<DialogueService> withDatabase() {
        return Arrays.stream(values()).filter(DialogueService::hasDatabase).toList();
    }

    /** Who the service is on the broker. */
    public String kafkaPrincipal() {
        return this == DASHBOARD ? KafkaAccessControl.DASHBOARD : moduleName;
    }

    public int port() {
        return port;
    }

    /** The fast-jar folder that {@code ./mvnw package} leaves, run from inside. */
    Path appFolder(Path root) {
        return root.resolve(moduleName).resolve("target/quarkus-app");
    }

    Path jar(Path root) {
        return appFolder(root).resolve(RUNNER);
    }

    /** The JVM flags every service runs with: the JAVA_TOOL_OPTIONS line of {@link #JVM_FLAGS_FILE}, which compose passes too. */
    public static List<String> jvmFlags(Path root) {
        Path file = root.resolve(JVM_FLAGS_FILE);
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(JVM_FLAGS_VARIABLE + "="))
                    .findFirst().map(line -> List.of(line.substring(JVM_FLAGS_VARIABLE.length() + 1).trim().split("\\s+")))
                    .orElseThrow(() -> new IllegalStateException(file + " has no " + JVM_FLAGS_VARIABLE + " line"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<DialogueService> bySchema(String schema) {
        return Arrays.stream(values()).filter(service -> schema.equals(service.schema)).findFirst();
    }
}
