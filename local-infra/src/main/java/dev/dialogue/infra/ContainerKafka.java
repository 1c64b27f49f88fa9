package dev.dialogue.infra;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka from the same image docker-compose.yml uses, where a Docker engine answers. */
final class ContainerKafka implements KafkaServer {

    static final String IMAGE = "apache/kafka:4.2.1";

    private final KafkaContainer container = new KafkaContainer(IMAGE);

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void stop() {
        // A container restart would change the mapped port under the clients' feet.
        throw new UnsupportedOperationException("stopping a containerised broker is not supported; use embedded mode");
    }

    @Override
    public void close() {
        container.stop();
    }
}
