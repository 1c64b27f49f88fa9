package dev.dialogue.infra;

/** A PostgreSQL server, reached with a superuser's credentials to lay out the services' schemas; stoppable where it is ours to stop. */
public interface PostgresServer extends AutoCloseable {

    String host();

    int port();

    String adminUser();

    String adminPassword();

    /** Stops the server, keeping its data and address for {@link #start()}. */
    void stop();

    /** Starts the server again on the same address with the same data. */
    void start();

    @Override
    void close();
}
