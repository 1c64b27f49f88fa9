package dev.dialogue.infra;

import dev.dialogue.infra.kafka.KafkaRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Apache Kafka in KRaft mode (one combined broker and controller) as a child JVM, started from the
 * released artifacts. Its standard input is a pipe from this process: when this process dies, the
 * pipe closes and the broker halts.
 */
final class ChildJvmKafka implements KafkaServer {

    private static final Logger LOG = Logger.getLogger(ChildJvmKafka.class);

    private final Path workDir;
    private final int port;
    private final Path properties;
    private final Path superUsers;
    private final String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    private final KafkaAccess admin;
    private Process process;

    /** @param authenticated false only for the benchmarks' baseline: every client then uses a listener without login */
    ChildJvmKafka(Path workDir, int partitions, String brokerPassword, String adminPassword, boolean authenticated) {
        this.workDir = workDir;
        this.port = FreePorts.next();
        int controllerPort = FreePorts.next();
        OptionalInt unauthenticatedPort = authenticated ? OptionalInt.empty() : OptionalInt.of(FreePorts.next());
        this.properties = workDir.resolve("server.properties");
        this.superUsers = workDir.resolve("super-users.scram");
        this.admin = authenticated ? new KafkaAccess(bootstrapServers(), KafkaAccessControl.ADMIN, adminPassword)
                : KafkaAccess.unauthenticated("127.0.0.1:" + unauthenticatedPort.getAsInt());
        write(properties, BrokerSettings.serverProperties("127.0.0.1", port, controllerPort,
                WorkDirs.fresh(workDir.resolve("data")).toString(), partitions, brokerPassword, unauthenticatedPort));
        write(superUsers, BrokerSettings.superUserCredentials(brokerPassword, adminPassword));
    }

    @Override
    public KafkaAccess admin() {
        return admin;
    }

    @Override
    public Path logDirectory() {
        return workDir.resolve("data");
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java,
                "-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + workDir,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dlog4j2.level=WARN",
                "-cp", KafkaRuntime.classpath(),
                KafkaRuntime.MAIN_CLASS, properties.toString(), clusterId, superUsers.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("kafka.log").toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker JVM", e);
        }
        LOG.infof("Kafka broker starting on %s (pid %d, log %s)", bootstrapServers(), process.pid(),
                workDir.resolve("kafka.log"));
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // Closing the pipe is only a signal; destroyForcibly below makes sure.
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether the broker process has died on its own; its log says why. */
    boolean crashed() {
        Process current = process;
        return current != null && !current.isAlive();
    }

    Path log() {
        return workDir.resolve("kafka.log");
    }

    /** Written readable by the owner only: the broker's settings hold its password, as any broker's do. */
    private static void write(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
