package dev.dialogue.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real PostgreSQL from the zonky binaries, unpacked and run under the work directory. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final Path workDir;
    private final Path dataDir;
    private final int port = FreePorts.next();
    private EmbeddedPostgres postgres;
    private OrphanGuard guard;

    EmbeddedPostgresServer(Path workDir) {
        this.workDir = workDir;
        this.dataDir = WorkDirs.fresh(workDir.resolve("data"));
        start();
    }

    /** Starts the server on its port with the data it had; the first start creates the cluster. */
    @Override
    public synchronized void start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            SETTINGS.forEach(builder::setServerConfig);
            postgres = builder
                    .setPort(port)
                    .setOverrideWorkingDirectory(workDir.resolve("runtime").toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        // SIGQUIT is PostgreSQL's immediate shutdown: the postmaster takes its backends with it.
        guard = OrphanGuard.killWhenThisJvmDies(postmasterPid(), "QUIT");
    }

    /** Stops the server (pg_ctl's fast mode: sessions are cut, open transactions rolled back), keeping its data. */
    @Override
    public synchronized void stop() {
        guard.standDown();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = null;
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String adminUser() {
        return "postgres";
    }

    @Override
    public String adminPassword() {
        return "postgres";
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            stop();
        }
        WorkDirs.delete(dataDir);
    }
}
