package dev.dialogue.infra;

import java.util.ArrayList;
import java.util.List;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL from the same image docker-compose.yml uses, where a Docker engine answers. */
final class ContainerPostgres implements PostgresServer {

    static final String IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);

    ContainerPostgres() {
        // Testcontainers' own command, fsync off, and the project's settings.
        List<String> command = new ArrayList<>(List.of("postgres", "-c", "fsync=off"));
        SETTINGS.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        container.setCommand(command.toArray(String[]::new));
        container.start();
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(5432);
    }

    @Override
    public String adminUser() {
        return container.getUsername();
    }

    @Override
    public String adminPassword() {
        return container.getPassword();
    }

    @Override
    public void stop() {
        // A container restart would change the mapped port under the clients' feet.
        throw new UnsupportedOperationException("stopping a containerised PostgreSQL is not supported; use embedded mode");
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("stopping a containerised PostgreSQL is not supported; use embedded mode");
    }

    @Override
    public void close() {
        container.stop();
    }
}
