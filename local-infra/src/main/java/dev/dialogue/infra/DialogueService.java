package dev.dialogue.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three services as the local stack runs them: module folder, own schema and role, HTTP port. */
public enum DialogueService {
    REGISTRATION("registration-service", "registration", 8081, false),
    MATCHMAKING("matchmaking-service", "matchmaking", 8082, true),
    AGREEMENT("agreement-service", "agreement", 8083, false);

    static final String RUNNER = "quarkus-run.jar";

    private final String moduleName;
    private final String schema;
    private final int port;
    private final boolean optimisingCompiler;

    /**
     * @param optimisingCompiler whether the service keeps C2. The write-heavy services run their ORM
     *     paths with C1 only: on two cores shared by the stack, C2 spent as much CPU compiling as they
     *     spent serving, for thousands of requests. Matchmaking's ranking loop needs C2 (BENCHMARKS.md,
     *     scenarios 2 and 4, measured both ways).
     */
    DialogueService(String moduleName, String schema, int port, boolean optimisingCompiler) {
        this.moduleName = moduleName;
        this.schema = schema;
        this.port = port;
        this.optimisingCompiler = optimisingCompiler;
    }

    /** JVM flags of this service beyond the ones all share; docker-compose.yml sets the same as JAVA_TOOL_OPTIONS. */
    public List<String> jvmFlags() {
        return optimisingCompiler ? List.of() : List.of("-XX:TieredStopAtLevel=1");
    }

    public String moduleName() {
        return moduleName;
    }

    public String schema() {
        return schema;
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
        return Arrays.stream(values()).filter(service -> service.schema.equals(schema)).findFirst();
    }
}
