package dev.dialogue.infra;

import java.util.Map;

/** A PostgreSQL server, reached with a superuser's credentials to lay out the services' schemas; stoppable where it is ours to stop. */
public interface PostgresServer extends AutoCloseable {

    /**
     * Settings every PostgreSQL of the project runs with; docker-compose.yml passes the same as
     * {@code -c} flags. Autovacuum looks for tables to analyse every 5 s instead of every minute:
     * until a young table is first analysed, its cached plans are sequential scans. Each commit's
     * time is kept, so that a row can say when it was written ({@code pg_xact_commit_timestamp(xmin)}):
     * the benchmarks time what the services commit by it rather than by polling their tables every
     * few milliseconds.
     */
    Map<String, String> SETTINGS = Map.of("autovacuum_naptime", "5s", "track_commit_timestamp", "on");

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
