package dev.dialogue.registration.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.OutboxRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The outbox keeps what the broker cannot take, and sends it once the broker is back. */
@QuarkusTest
class BrokerOutageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventCommittedWhileTheBrokerIsDownArrivesOnceItIsBack() {
        LocalInfra infra = LocalInfra.shared();
        String admin = infra.tokens().mint("admin-1", "admin");
        String id;
        infra.stopKafka();
        try {
            id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("fullName", "Shanghai Youth Entrepreneurship Foundation delegate",
                            "email", "delegate-" + UUID.randomUUID() + "@example.cn",
                            "organisationName", "上海市青年创业就业基金会", "country", "CN"))
                    .post("/api/forums/shenzhen-2025/registrations")
                    .then().statusCode(201).extract().path("id");

            assertThat(OutboxRows.unsent(entityManager, id)).isEqualTo(1);
        } finally {
            infra.startKafka();
        }

        new KafkaProbe(bootstrapServers).await("forum.participants.v1", record -> id.equals(record.key()),
                Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.sent(entityManager, id) == 1);
    }
}
