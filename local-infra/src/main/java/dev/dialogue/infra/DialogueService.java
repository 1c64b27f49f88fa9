package dev.dialogue.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The three services as the local stack runs them: module folder, own schema and role, HTTP port. */
public enum DialogueService {
    REGISTRATION("registration-service", "registration", 8081),
    MATCHMAKING("matchmaking-service", "matchmaking", 8082),
    AGREEMENT("agreement-service", "agreement", 8083);

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

    public String schema() {
        return schema;
    }

    public int port() {
        return port;
    }

    Path jar(Path root) {
        return root.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static Optional<DialogueService> bySchema(String schema) {
        return Arrays.stream(values()).filter(service -> service.schema.equals(schema)).findFirst();
    }
}
