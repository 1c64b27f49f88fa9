package dev.dialogue.infra;

/** A PostgreSQL server the user already runs, reached with an administrator's credentials. */
record ExternalPostgres(String host, int port, String adminUser, String adminPassword) implements PostgresServer {

    @Override
    public void stop() {
        throw new UnsupportedOperationException("an external PostgreSQL is not ours to stop");
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("an external PostgreSQL is not ours to start");
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
