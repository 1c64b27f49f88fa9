package dev.dialogue.registration.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.Fixtures;
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

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventCommittedWhileTheBrokerIsDownArrivesOnceItIsBack() {
        LocalInfra infra = LocalInfra.shared();
        Fixtures.OpenForum forum = Fixtures.openForum();
        String id;
        infra.stopKafka();
        try {
            id = given().auth().oauth2(Fixtures.adminToken()).contentType(ContentType.JSON)
                    .body(Fixtures.registrationBody("Shanghai Youth Entrepreneurship Foundation delegate",
                            "delegate-" + UUID.randomUUID() + "@example.cn", Map.of("zh", "上海市青年创业就业基金会"), "CN",
                            forum.b2bSessionId()))
                    .post("/api/forums/" + forum.forumId() + "/registrations")
                    .then().statusCode(201).extract().path("participantId");

            assertThat(OutboxRows.unsent(entityManager, id)).as("the registration and who the person is").isEqualTo(2);
        } finally {
            infra.startKafka();
        }

        new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).await("forum.participants.v1", record -> id.equals(record.key()),
                Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.sent(entityManager, id) == 2);
    }
}
