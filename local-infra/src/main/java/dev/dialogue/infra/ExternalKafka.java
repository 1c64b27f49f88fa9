package dev.dialogue.infra;

/** A broker the user already runs: used as it is, never stopped. */
record ExternalKafka(String bootstrapServers) implements KafkaServer {

    @Override
    public void start() {
        // Someone else's broker: it is already running.
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("an external broker is not ours to stop");
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
