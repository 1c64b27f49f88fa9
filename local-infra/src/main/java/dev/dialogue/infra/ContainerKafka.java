package dev.dialogue.infra;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.nio.file.Path;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * Kafka from the same image docker-compose.yml uses, where a Docker engine answers, with the
 * settings of the child-JVM broker ({@link BrokerSettings}). Its listener is published on the same
 * port on 127.0.0.1 as inside, so the address it advertises is right on both sides.
 */
final class ContainerKafka implements KafkaServer {

    static final String IMAGE = "apache/kafka:4.2.1";

    private static final String CONFIG = "/tmp/dialogue/server.properties";
    private static final String SUPER_USERS = "/tmp/dialogue/super-users.scram";

    private final GenericContainer<?> container;
    private final KafkaAccess admin;

    ContainerKafka(int partitions, String brokerPassword, String adminPassword) {
        int port = FreePorts.next();
        this.admin = new KafkaAccess("127.0.0.1:" + port, KafkaAccessControl.ADMIN, adminPassword);
        String start = "/opt/kafka/bin/kafka-storage.sh format -t \"$(/opt/kafka/bin/kafka-storage.sh random-uuid)\""
                + " -c " + CONFIG + " --ignore-formatted"
                + " --add-scram \"$(sed -n 1p " + SUPER_USERS + ")\" --add-scram \"$(sed -n 2p " + SUPER_USERS + ")\""
                + " && exec /opt/kafka/bin/kafka-server-start.sh " + CONFIG;
        this.container = new GenericContainer<>(IMAGE)
                .withCopyToContainer(Transferable.of(BrokerSettings.serverProperties("0.0.0.0", port, 9093,
                        "/tmp/kafka-data", partitions, brokerPassword)), CONFIG)
                .withCopyToContainer(Transferable.of(BrokerSettings.superUserCredentials(brokerPassword, adminPassword)), SUPER_USERS)
                .withCreateContainerCmdModifier(command -> command
                        .withEntrypoint("/bin/sh", "-c", start)
                        .withExposedPorts(ExposedPort.tcp(port))
                        .withHostConfig(command.getHostConfig().withPortBindings(
                                new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", port), ExposedPort.tcp(port)))))
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1));
    }

    @Override
    public String bootstrapServers() {
        return admin.bootstrapServers();
    }

    @Override
    public KafkaAccess admin() {
        return admin;
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
    public Path logDirectory() {
        throw new UnsupportedOperationException("the containerised broker's files are inside its container; use embedded mode");
    }

    @Override
    public void close() {
        container.stop();
    }
}
