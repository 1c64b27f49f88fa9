package dev.dialogue.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points a service under test at the shared real Kafka and PostgreSQL. Takes one argument:
 * {@code schema}, the service's own schema and database role, or, for a service without a
 * database, {@code service}, its module name ({@code dashboard-service}).
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * The broker as its admin principal ({@link KafkaAccess#encoded()}), for tests that act as a
     * partner or a dashboard, or forge records; the service itself logs in as its own principal.
     */
    public static final String KAFKA_ADMIN = "dialogue.test.kafka-admin";

    private DialogueService service;

    @Override
    public void init(Map<String, String> initArgs) {
        String schema = initArgs.get("schema");
        String module = initArgs.get("service");
        if (schema != null) {
            service = DialogueService.bySchema(schema).orElseThrow(() -> new IllegalArgumentException("no service has schema " + schema));
        } else if (module != null) {
            service = java.util.Arrays.stream(DialogueService.values()).filter(candidate -> candidate.moduleName().equals(module))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no service " + module));
        } else {
            throw new IllegalArgumentException("LocalInfraTestResource needs the init argument 'schema' or 'service'");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>(LocalInfra.shared().serviceConfig(service));
        config.put(KAFKA_ADMIN, LocalInfra.shared().kafkaAdmin().encoded());
        return config;
    }

    @Override
    public void stop() {
        // The shared infrastructure stops with the JVM, so later test classes reuse it.
    }
}
