package dev.dialogue.infra;

/** A PostgreSQL server, reached with a superuser's credentials to lay out the services' schemas. */
public interface PostgresServer extends AutoCloseable {

    String host();

    int port();

    String adminUser();

    String adminPassword();

    @Override
    void close();
}
