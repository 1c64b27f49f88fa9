package dev.dialogue.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at the shared real Kafka and PostgreSQL. Takes one argument,
 * {@code schema}: the service's own schema and database role.
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

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
        return LocalInfra.shared().serviceConfig(schema);
    }

    @Override
    public void stop() {
        // The shared infrastructure stops with the JVM, so later test classes reuse it.
    }
}
