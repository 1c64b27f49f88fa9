package dev.dialogue.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/**
 * Real Kafka and PostgreSQL for tests and for the local run, started in parallel:
 * <ul>
 *   <li>external servers when {@code DIALOGUE_KAFKA_BOOTSTRAP_SERVERS} (with
 *       {@code DIALOGUE_KAFKA_ADMIN_USER}, {@code DIALOGUE_KAFKA_ADMIN_PASSWORD}: a SCRAM-SHA-512 super
 *       user) / {@code DIALOGUE_JDBC_HOST} (with {@code DIALOGUE_JDBC_PORT}, {@code DIALOGUE_DB_ADMIN_USER},
 *       {@code DIALOGUE_DB_ADMIN_PASSWORD}) name them;</li>
 *   <li>otherwise containers where a Docker engine answers;</li>
 *   <li>otherwise a child-JVM broker and embedded PostgreSQL binaries.</li>
 * </ul>
 * {@code DIALOGUE_INFRA} (or the system property {@code dialogue.infra}) set to {@code docker} or
 * {@code embedded} forces the choice. Every broker authenticates its clients (SASL SCRAM-SHA-512)
 * and authorises them by ACL: each service and the dashboard get a principal of their own
 * ({@link KafkaAccessControl}), and registration-service admits each partner with one of its own.
 */
public final class LocalInfra implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalInfra.class);
    private static final int PARTITIONS = 3;
    private static LocalInfra shared;

    private final KafkaServer kafka;
    private final KafkaCredentials kafkaCredentials;
    private final PostgresServer postgres;
    private final DevTokens tokens;

    private LocalInfra(KafkaServer kafka, KafkaCredentials kafkaCredentials, PostgresServer postgres, DevTokens tokens) {
        this.kafka = kafka;
        this.kafkaCredentials = kafkaCredentials;
        this.postgres = postgres;
        this.tokens = tokens;
    }

    /** The infrastructure shared by everything in this JVM, started on first use. */
    public static synchronized LocalInfra shared() {
        if (shared == null) {
            shared = start(Path.of("target", "local-infra", String.valueOf(ProcessHandle.current().pid())));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-infra-stop"));
        }
        return shared;
    }

    public static LocalInfra start(Path workDir) {
        return start(workDir, true);
    }

    /**
     * @param kafkaAuthentication false only for the benchmarks' baseline: every client, the services
     *                            included, then reaches the broker on a listener without login, as
     *                            its anonymous super user
     */
    public static LocalInfra start(Path workDir, boolean kafkaAuthentication) {
        long started = System.nanoTime();
        Path dir = workDir.toAbsolutePath();
        Mode mode = Mode.choose();
        if (!kafkaAuthentication && mode != Mode.EMBEDDED && mode != Mode.EXTERNAL_POSTGRES) {
            throw new IllegalStateException("a broker without authentication is started only in embedded mode, not " + mode);
        }
        KafkaCredentials credentials = KafkaCredentials.generate(KafkaAccessControl.clientPrincipals());
        CompletableFuture<KafkaServer> kafka = CompletableFuture.supplyAsync(
                () -> startKafka(mode, dir.resolve("kafka"), credentials, kafkaAuthentication));
        CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(() -> startPostgres(mode, dir.resolve("postgres")));
        LocalInfra infra = new LocalInfra(kafka.join(), credentials, postgres.join(), DevTokens.create(dir));
        LOG.infof("Local infrastructure (%s) ready in %d ms: Kafka %s, PostgreSQL %s", mode,
                (System.nanoTime() - started) / 1_000_000, infra.kafkaBootstrapServers(), infra.jdbcUrl());
        return infra;
    }

    public String kafkaBootstrapServers() {
        return kafka.admin().bootstrapServers();
    }

    /** The broker as the admin principal, a super user: what tests and tools that forge or replay records use. */
    public KafkaAccess kafkaAdmin() {
        return kafka.admin();
    }

    /** The broker as one of {@link KafkaAccessControl#clientPrincipals()}. */
    public KafkaAccess kafka(String principal) {
        return kafka.admin().as(principal, kafkaCredentials.password(principal));
    }

    /** Where the broker keeps its records, for tests that look at the bytes themselves. */
    public Path kafkaLogDirectory() {
        return kafka.logDirectory();
    }

    /** The JDBC URL of the one database that holds every service's schema. */
    public String jdbcUrl() {
        return DatabaseLayout.jdbcUrl(postgres);
    }

    public DevTokens tokens() {
        return tokens;
    }

    /**
     * The configuration a service needs to run against this infrastructure: its database role,
     * the broker, and the key, issuer and audience that verify tokens.
     */
    public Map<String, String> serviceConfig(String schema) {
        return serviceConfig(DialogueService.bySchema(schema).orElseThrow(() -> new IllegalArgumentException("unknown service schema "
                + schema + "; known: " + DialogueService.withDatabase().stream().map(DialogueService::schema).toList())));
    }

    /** {@link #serviceConfig(String)} of any service, the dashboard's included: it has no database. */
    public Map<String, String> serviceConfig(DialogueService service) {
        Map<String, String> config = new LinkedHashMap<>();
        kafka(service.kafkaPrincipal()).clientConfig().forEach((key, value) -> config.put("kafka." + key, String.valueOf(value)));
        if (service == DialogueService.REGISTRATION) {
            // It admits partner systems: their topics, principals and ACLs.
            config.put("dialogue.partners.kafka.provisioning-username", kafkaAdmin().username());
            config.put("dialogue.partners.kafka.provisioning-password", kafkaAdmin().password());
        }
        if (service.hasDatabase()) {
            config.put("quarkus.datasource.jdbc.url", jdbcUrl());
            config.put("quarkus.datasource.username", service.schema());
            config.put("quarkus.datasource.password", DatabaseLayout.password(service.schema()));
        }
        config.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", DevTokens.AUDIENCE);
        return config;
    }

    /** Stops the broker abruptly, as a crash would; {@link #startKafka()} brings it back on the same address. */
    public void stopKafka() {
        kafka.stop();
    }

    public void startKafka() {
        kafka.start();
        TopicLayout.create(kafka.admin(), PARTITIONS, Duration.ofSeconds(60));
    }

    /** Stops PostgreSQL, cutting every session; {@link #startPostgres()} brings it back on the same address with its data. */
    public void stopPostgres() {
        postgres.stop();
    }

    public void startPostgres() {
        postgres.start();
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }

    private static KafkaServer startKafka(Mode mode, Path dir, KafkaCredentials credentials, boolean authenticated) {
        KafkaServer server = switch (mode) {
            case EXTERNAL_KAFKA, EXTERNAL -> new ExternalKafka(new KafkaAccess(env("DIALOGUE_KAFKA_BOOTSTRAP_SERVERS").orElseThrow(),
                    env("DIALOGUE_KAFKA_ADMIN_USER").orElse(KafkaAccessControl.ADMIN),
                    env("DIALOGUE_KAFKA_ADMIN_PASSWORD").orElseThrow(() -> new IllegalArgumentException(
                            "DIALOGUE_KAFKA_ADMIN_PASSWORD must name the password of the external broker's admin principal"))));
            case DOCKER -> new ContainerKafka(PARTITIONS, KafkaCredentials.randomPassword(), KafkaCredentials.randomPassword());
            case EMBEDDED, EXTERNAL_POSTGRES -> new ChildJvmKafka(dir, PARTITIONS, KafkaCredentials.randomPassword(),
                    KafkaCredentials.randomPassword(), authenticated);
        };
        server.start();
        try {
            TopicLayout.create(server.admin(), PARTITIONS, Duration.ofSeconds(60));
            KafkaAccessControl.provision(server.admin(), credentials, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            if (server instanceof ChildJvmKafka child && child.crashed()) {
                throw new IllegalStateException("the Kafka broker died at start; see " + child.log(), e);
            }
            throw e;
        }
        return server;
    }

    private static PostgresServer startPostgres(Mode mode, Path dir) {
        PostgresServer server = switch (mode) {
            case EXTERNAL_POSTGRES, EXTERNAL -> new ExternalPostgres(env("DIALOGUE_JDBC_HOST").orElseThrow(),
                    Integer.parseInt(env("DIALOGUE_JDBC_PORT").orElse("5432")),
                    env("DIALOGUE_DB_ADMIN_USER").orElse("postgres"), env("DIALOGUE_DB_ADMIN_PASSWORD").orElse("postgres"));
            case DOCKER -> new ContainerPostgres();
            case EMBEDDED, EXTERNAL_KAFKA -> new EmbeddedPostgresServer(dir);
        };
        DatabaseLayout.create(server);
        return server;
    }

    static Optional<String> env(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String value = property != null ? property : System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    enum Mode {
        EMBEDDED, DOCKER, EXTERNAL, EXTERNAL_KAFKA, EXTERNAL_POSTGRES;

        static Mode choose() {
            boolean externalKafka = env("DIALOGUE_KAFKA_BOOTSTRAP_SERVERS").isPresent();
            boolean externalPostgres = env("DIALOGUE_JDBC_HOST").isPresent();
            if (externalKafka && externalPostgres) {
                return EXTERNAL;
            }
            if (externalKafka) {
                return EXTERNAL_KAFKA;
            }
            if (externalPostgres) {
                return EXTERNAL_POSTGRES;
            }
            String forced = env("DIALOGUE_INFRA").orElse("auto");
            return switch (forced) {
                case "docker" -> DOCKER;
                case "embedded" -> EMBEDDED;
                case "auto" -> dockerAnswers() ? DOCKER : EMBEDDED;
                default -> throw new IllegalArgumentException("DIALOGUE_INFRA must be auto, docker or embedded, not " + forced);
            };
        }

        /** Asks Testcontainers only where a Docker endpoint could exist: its probe is slow when none does. */
        private static boolean dockerAnswers() {
            boolean endpoint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
            return endpoint && DockerClientFactory.instance().isDockerAvailable();
        }
    }
}
