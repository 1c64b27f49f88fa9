package dev.dialogue.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is checked against the code: the
 * ports, the environment the services read, the topics, the images and the database layout.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private static JsonNode services;

    @BeforeAll
    static void readCompose() throws IOException {
        services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
    }

    @Test
    void eachServiceIsBuiltFromItsModuleOnItsPort() throws IOException {
        for (DialogueService service : DialogueService.values()) {
            JsonNode compose = services.path(service.moduleName());
            String port = String.valueOf(service.port());
            assertThat(compose.path("build").path("context").asText()).isEqualTo("./" + service.moduleName());
            assertThat(ROOT.resolve(service.moduleName()).resolve(compose.path("build").path("dockerfile").asText()))
                    .exists();
            assertThat(compose.path("build").path("args").path("PORT").asText()).isEqualTo(port);
            assertThat(compose.path("ports").get(0).asText()).isEqualTo("127.0.0.1:" + port + ":" + port);
            assertThat(compose.path("environment").path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
            assertThat(compose.path("env_file").toString()).as("%s's JVM flags", service.moduleName())
                    .contains(DialogueService.JVM_FLAGS_FILE);
            assertThat(compose.path("environment").has("JAVA_TOOL_OPTIONS")).isFalse();
            assertThat(applicationProperties(service).getProperty("quarkus.http.port")).isEqualTo(port);
        }
    }

    @Test
    void eachServiceGetsEverySettingTheLocalStackGivesIt() {
        for (DialogueService service : DialogueService.values()) {
            JsonNode environment = services.path(service.moduleName()).path("environment");
            for (String property : LocalInfra.shared().serviceConfig(service).keySet()) {
                assertThat(environment.has(ServiceStack.environmentName(property)))
                        .as("%s sets %s", service.moduleName(), ServiceStack.environmentName(property)).isTrue();
            }
            if (service.hasDatabase()) {
                assertThat(environment.path("QUARKUS_DATASOURCE_USERNAME").asText()).isEqualTo(service.schema());
            } else {
                assertThat(environment.has("QUARKUS_DATASOURCE_JDBC_URL")).as("%s has no database", service.moduleName()).isFalse();
            }
        }
    }

    @Test
    void eachServiceHasAReadinessHealthcheckAndARestartPolicy() {
        for (DialogueService service : DialogueService.values()) {
            JsonNode compose = services.path(service.moduleName());
            assertThat(compose.path("healthcheck").path("test").toString()).contains("/q/health/ready");
            assertThat(compose.path("restart").asText()).isEqualTo("unless-stopped");
            if (service.hasDatabase()) {
                assertThat(compose.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void theSetupCreatesTheTopicsAndEachPrincipalWithTheLocalStacksCode() {
        JsonNode setup = services.path("kafka-setup");
        assertThat(setup.path("entrypoint").toString()).contains(KafkaProvisioning.class.getName());
        for (String principal : KafkaAccessControl.clientPrincipals()) {
            String variable = KafkaProvisioning.passwordVariable(principal);
            assertThat(setup.path("environment").path(variable).asText()).startsWith("${" + variable + ":?");
        }
    }

    @Test
    void eachServiceLogsInToKafkaAsItsOwnPrincipalAndToPostgresWithARequiredPassword() {
        for (DialogueService service : DialogueService.values()) {
            JsonNode environment = services.path(service.moduleName()).path("environment");
            assertThat(environment.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo(KafkaAccess.SECURITY_PROTOCOL);
            assertThat(environment.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo(KafkaAccess.MECHANISM);
            assertThat(environment.path("KAFKA_SASL_JAAS_CONFIG").asText())
                    .contains("username=\"" + service.kafkaPrincipal() + "\"")
                    .contains("password=\"${" + KafkaProvisioning.passwordVariable(service.kafkaPrincipal()) + ":?");
            if (service.hasDatabase()) {
                assertThat(environment.path("QUARKUS_DATASOURCE_PASSWORD").asText())
                        .startsWith("${" + service.schema().toUpperCase() + "_DB_PASSWORD:?");
            }
        }
    }

    @Test
    void publishesEveryPortOnTheLoopbackOnly() {
        services.forEach(service -> service.path("ports").forEach(port -> assertThat(port.asText()).startsWith("127.0.0.1:")));
    }

    @Test
    void theBrokerAuthenticatesAndAuthorisesAsTheLocalOneDoes() {
        String script = read(ROOT.resolve("docker/kafka-broker.sh"));
        String local = BrokerSettings.serverProperties("127.0.0.1", 1, 2, "data", 3, "secret");
        for (String setting : List.of("authorizer.class.name", "allow.everyone.if.no.acl.found", "super.users",
                "sasl.mechanism.inter.broker.protocol", "sasl.mechanism.controller.protocol")) {
            String line = local.lines().filter(l -> l.startsWith(setting + "=")).findFirst().orElseThrow();
            assertThat(script).as(setting).contains(line);
        }
        assertThat(services.path("kafka").path("volumes").get(0).asText()).startsWith("./docker/kafka-broker.sh:");
    }

    @Test
    void usesTheImagesTestcontainersUses() {
        assertThat(services.path("kafka").path("image").asText()).isEqualTo(ContainerKafka.IMAGE);
        assertThat(services.path("postgres").path("image").asText()).isEqualTo(ContainerPostgres.IMAGE);
    }

    @Test
    void postgresRunsWithTheSettingsLocalInfraGivesIt() {
        List<String> command = new ArrayList<>();
        services.path("postgres").path("command").forEach(part -> command.add(part.asText()));
        PostgresServer.SETTINGS.forEach((name, value) -> assertThat(String.join(" ", command)).contains("-c " + name + "=" + value));
    }

    @Test
    void postgresLaysOutTheSchemasWithTheScriptLocalInfraRuns() {
        String mount = services.path("postgres").path("volumes").get(1).asText();
        Path script = ROOT.resolve(mount.substring(2, mount.indexOf(':')));
        assertThat(script).exists();
        assertThat(DatabaseLayout.layoutScript()).isEqualTo(read(script));
        for (DialogueService service : DialogueService.withDatabase()) {
            assertThat(DatabaseLayout.layoutScript()).contains("'" + service.schema() + "'");
        }
    }

    private static Properties applicationProperties(DialogueService service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service.moduleName()).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
