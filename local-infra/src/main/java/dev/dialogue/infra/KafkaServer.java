package dev.dialogue.infra;

/** A Kafka broker the platform can use; stoppable where it is ours to stop. */
public interface KafkaServer extends AutoCloseable {

    String bootstrapServers();

    /** The provisioning principal, a super user: creates topics, the other principals and their ACLs. */
    KafkaAccess admin();

    /** Stops the broker abruptly, keeping its data and address for {@link #start()}. */
    void stop();

    /** Starts the broker again on the same address with the same data. */
    void start();

    @Override
    void close();
}
