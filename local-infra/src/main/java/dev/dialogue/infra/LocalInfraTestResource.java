package dev.dialogue.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points a service under test at the shared real Kafka and PostgreSQL. Takes one argument,
 * {@code schema}: the service's own schema and database role.
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * The broker as its admin principal ({@link KafkaAccess#encoded()}), for tests that act as a
     * partner or a dashboard, or forge records; the service itself logs in as its own principal.
     */
    public static final String KAFKA_ADMIN = "dialogue.test.kafka-admin";

    private String schema;

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.get("schema");
        if (schema == null) {
            throw new IllegalArgumentException("LocalInfraTestResource needs the init argument 'schema'");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>(LocalInfra.shared().serviceConfig(schema));
        config.put(KAFKA_ADMIN, LocalInfra.shared().kafkaAdmin().encoded());
        return config;
    }

    @Override
    public void stop() {
        // The shared infrastructure stops with the JVM, so later test classes reuse it.
    }
}
