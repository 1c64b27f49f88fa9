package dev.dialogue.infra;

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

    /**
     * The JIT and heap the services get, beside the serial collector and a heap ceiling. C1 only: on
     * two cores shared by the stack, C2 spent as much CPU compiling the framework's paths as the
     * services spent serving, for thousands of requests (BENCHMARKS.md, scenario 2); with C2's
     * thresholds raised instead, code ran longer in C1's profiling tier, and matchmaking spent half
     * as much again per approval ("Where the time goes"). A young generation that holds a few
     * seconds of requests' garbage, and room enough from the start that neither a growing heap nor
     * growing class metadata calls a full collection: those had stopped a service for 100–200 ms in
     * the middle of a run (scenario 3). One compiler thread, not two: while a service starts, the
     * second took a core from the thread doing the start (footprint). docker-compose.yml sets the
     * same as JAVA_TOOL_OPTIONS.
     */
    public static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xms160m", "-Xmn48m",
            "-XX:MetaspaceSize=80m");

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

    static Optional<DialogueService> bySchema(String schema) {
        return Arrays.stream(values()).filter(service -> schema.equals(service.schema)).findFirst();
    }
}
