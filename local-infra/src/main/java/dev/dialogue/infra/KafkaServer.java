package dev.dialogue.infra;

import java.nio.file.Path;

/** A Kafka broker the platform can use; stoppable where it is ours to stop. */
public interface KafkaServer extends AutoCloseable {

    String bootstrapServers();

    /** The provisioning principal, a super user: creates topics, the other principals and their ACLs. */
    KafkaAccess admin();

    /** Stops the broker abruptly, keeping its data and address for {@link #start()}. */
    void stop();

    /** Starts the broker again on the same address with the same data. */
    void start();

    /** The broker's log directory on this machine: the files in which it keeps every record. */
    Path logDirectory();

    @Override
    void close();
}
