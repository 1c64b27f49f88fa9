package dev.dialogue.infra;

import java.util.List;
import java.util.OptionalInt;

/**
 * The local broker's settings, the same for the child JVM and the container: one combined broker
 * and controller, SASL SCRAM-SHA-512 on the client listener, the {@code StandardAuthorizer}
 * refusing whatever no ACL allows.
 */
final class BrokerSettings {

    private BrokerSettings() {
    }

    /**
     * @param brokerPassword the broker's own logins: to itself as controller (PLAIN, which needs no
     *                       metadata to check a password, as SCRAM would) and on the client listener
     */
    static String serverProperties(String host, int port, int controllerPort, String logDir, int partitions,
            String brokerPassword) {
        return serverProperties(host, port, controllerPort, logDir, partitions, brokerPassword, OptionalInt.empty());
    }

    /**
     * @param unauthenticatedPort a second client listener without SASL, where every client is the
     *                            anonymous super user: the benchmarks' baseline only
     */
    static String serverProperties(String host, int port, int controllerPort, String logDir, int partitions,
            String brokerPassword, OptionalInt unauthenticatedPort) {
        String open = unauthenticatedPort.isPresent() ? ",OPEN://127.0.0.1:" + unauthenticatedPort.getAsInt() : "";
        String broker = KafkaAccessControl.BROKER;
        String scramLogin = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + broker
                + "\" password=\"" + brokerPassword + "\";";
        String plainLogin = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + broker
                + "\" password=\"" + brokerPassword + "\" user_" + broker + "=\"" + brokerPassword + "\";";
        // The log cleaner (compacting the consumer offsets here) gets 16 MB for its offset map, not
        // 128: a buffer that size sat in the old generation, and the young collection that promoted
        // it paused the broker 115–380 ms.
        return String.join("\n", List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=CLIENT://" + host + ":" + port + ",CONTROLLER://127.0.0.1:" + controllerPort + open,
                "advertised.listeners=CLIENT://127.0.0.1:" + port + open,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT" + (open.isEmpty() ? "" : ",OPEN:PLAINTEXT"),
                "listener.name.client.sasl.enabled.mechanisms=" + KafkaAccess.MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config=" + scramLogin,
                "sasl.mechanism.inter.broker.protocol=" + KafkaAccess.MECHANISM,
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plainLogin,
                "sasl.mechanism.controller.protocol=PLAIN",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=" + KafkaAccessControl.superUsers() + (open.isEmpty() ? "" : ";User:ANONYMOUS"),
                "log.dirs=" + logDir,
                "num.partitions=" + partitions,
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=" + partitions,
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=1000000",
                "log.cleaner.dedupe.buffer.size=16777216")) + "\n";
    }

    /**
     * The SCRAM credentials the storage is formatted with, one {@code kafka-storage --add-scram}
     * argument a line: the broker's and the admin's exist before anyone can log in to add more.
     */
    static String superUserCredentials(String brokerPassword, String adminPassword) {
        return KafkaAccess.MECHANISM + "=[name=" + KafkaAccessControl.BROKER + ",password=" + brokerPassword + "]\n"
                + KafkaAccess.MECHANISM + "=[name=" + KafkaAccessControl.ADMIN + ",password=" + adminPassword + "]\n";
    }
}
