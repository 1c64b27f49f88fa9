package dev.dialogue.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three services as the local stack runs them: module folder, own schema and role, HTTP port. */
public enum DialogueService {
    REGISTRATION("registration-service", "registration", 8081, JvmFlags.C1_ONLY),
    MATCHMAKING("matchmaking-service", "matchmaking", 8082, JvmFlags.C2_FOR_HOT_LOOPS_ONLY),
    AGREEMENT("agreement-service", "agreement", 8083, JvmFlags.C1_ONLY);

    static final String RUNNER = "quarkus-run.jar";

    /**
     * How much of the JIT each service gets. On two cores shared by the stack, C2 spent as much CPU
     * compiling the framework's paths as the services spent serving, for thousands of requests
     * (BENCHMARKS.md, scenario 2): the write-heavy services run C1 only. Matchmaking's ranking loop
     * needs C2 (scenario 4 doubled its p99 without), so it keeps C2 at ten times the usual
     * thresholds: the loop, run millions of times, still reaches it; a path an event takes a few
     * thousand times no longer does.
     */
    private static final class JvmFlags {
        static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");
        static final List<String> C2_FOR_HOT_LOOPS_ONLY = List.of("-XX:Tier4InvocationThreshold=50000",
                "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");
    }

    private final String moduleName;
    private final String schema;
    private final int port;
    private final List<String> jvmFlags;

    DialogueService(String moduleName, String schema, int port, List<String> jvmFlags) {
        this.moduleName = moduleName;
        this.schema = schema;
        this.port = port;
        this.jvmFlags = jvmFlags;
    }

    /** JVM flags of this service beyond the ones all share; docker-compose.yml sets the same as JAVA_TOOL_OPTIONS. */
    public List<String> jvmFlags() {
        return jvmFlags;
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
