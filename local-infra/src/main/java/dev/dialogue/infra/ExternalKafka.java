package dev.dialogue.infra;

import java.nio.file.Path;

/**
 * A broker the user already runs, with SCRAM-SHA-512 on its listener and an admin principal whose
 * credentials are given: used as it is, never stopped.
 */
record ExternalKafka(KafkaAccess admin) implements KafkaServer {

    @Override
    public String bootstrapServers() {
        return admin.bootstrapServers();
    }

    @Override
    public void start() {
        // Someone else's broker: it is already running.
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("an external broker is not ours to stop");
    }

    @Override
    public Path logDirectory() {
        throw new UnsupportedOperationException("an external broker's files are on its own machine");
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
