package dev.dialogue.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real PostgreSQL from the zonky binaries, unpacked and run under the work directory. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;
    private final OrphanGuard guard;

    EmbeddedPostgresServer(Path workDir) {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(FreePorts.next())
                    .setOverrideWorkingDirectory(workDir.resolve("runtime").toFile())
                    .setDataDirectory(WorkDirs.fresh(workDir.resolve("data")))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        // SIGQUIT is PostgreSQL's immediate shutdown: the postmaster takes its backends with it.
        guard = OrphanGuard.killWhenThisJvmDies(postmasterPid(workDir.resolve("data")), "QUIT");
    }

    private static long postmasterPid(Path dataDir) {
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
        return postgres.getPort();
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
    public void close() {
        guard.standDown();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
